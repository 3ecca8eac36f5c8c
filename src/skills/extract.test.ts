import { describe, expect, it } from 'vitest';
import { extractSkills } from './extract.ts';

const names = (text: string) => extractSkills(text).map((s) => s.name);

// [text, must find, must not find]. Written for these tests, modelled on posting phrasing.
type Case = [string, string[], string[]];

describe('extractSkills: word boundaries of punctuated names', () => {
  it.each<Case>([
    ['Strong C++ and C# skills, with some F# and .NET.', ['C++', 'C#', 'F#', '.NET'], ['C']],
    ['We build on ASP.NET Core and Node.js services.', ['ASP.NET', 'Node.js'], ['.NET']],
    ['Front end in Vue.js, Next.js and Three.js.', ['Vue.js', 'Next.js', 'Three.js'], []],
    ['Java and JavaScript on the same team.', ['Java', 'JavaScript'], []],
    ['Plain JavaScript and TypeScript only.', ['JavaScript', 'TypeScript'], ['Java']],
    [
      'Our services use PostgreSQL, GitHub and PyTorch.',
      ['PostgreSQL', 'GitHub', 'PyTorch'],
      ['Git'],
    ],
    ['Experience with scikit-learn or sklearn pipelines.', ['scikit-learn'], []],
    ['We track experiments in MLFlow and train with Tensorflow.', ['MLflow', 'TensorFlow'], []],
    ['Deploying to k8s with Helm charts.', ['Kubernetes', 'Helm'], []],
    ['Objective-C and Swift on iOS.', ['Objective-C', 'Swift', 'iOS'], ['C']],
    [
      'Links like https://github.com/acme/go and jobs@python.org are not skills.',
      [],
      ['GitHub', 'Go', 'Python'],
    ],
    ['Node.js-based and Kubernetes-native tooling.', ['Node.js', 'Kubernetes'], []],
  ])('%j', (text, found, absent) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of absent) expect(got, n).not.toContain(n);
  });
});

describe('extractSkills: ordinary words that are also names', () => {
  it.each<Case>([
    ['Services are written in Go.', ['Go'], []],
    ['Go, Python and Rust in production.', ['Go', 'Python', 'Rust'], []],
    ['Golang microservices on GKE.', ['Go', 'GKE'], []],
    ['Go above and beyond for our customers.', [], ['Go']],
    ['We go to market fast and go live weekly.', [], ['Go']],
    ['Own the Go-to-market plan.', [], ['Go']],
    ['Analysis in Python or R.', ['Python', 'R'], []],
    ['Statistics packages: R, SAS, Stata.', ['R', 'SAS', 'Stata'], []],
    ['Our R&D team ships an R-rated game.', [], ['R']],
    ['Languages: Java, C, Python.', ['Java', 'C', 'Python'], []],
    ['Strong C programming skills.', ['C'], []],
    ['Present to C-level executives after our Series C round.', [], ['C']],
    ['Take Vitamin C and plan B.', [], ['C']],
    ['Embedded work in C/C++.', ['C', 'C++'], []],
    ['Pipelines on Apache Spark and Hive.', ['Spark', 'Hive'], []],
    ['Experience with Spark is needed.', ['Spark'], []],
    ['Spark joy in every customer and spark curiosity.', [], ['Spark']],
    ['Big data: Hadoop/Spark and Kafka.', ['Hadoop', 'Spark', 'Kafka'], []],
    ['Experience with big data (e.g., HadoopSpark) at scale.', ['Hadoop', 'Spark'], []],
    ['Automations in n8n, Make or Zapier.', ['Make', 'n8n', 'Zapier'], []],
    ['Scenarios built in Make.com.', ['Make'], []],
    ['Make sure you make good decisions.', [], ['Make']],
    ['An Android app built with Room and Hilt.', ['Android', 'Room', 'Hilt'], []],
    [
      'Kotlin, jetpack compose, coroutines, room, hilt and more.',
      ['Kotlin', 'Jetpack Compose', 'Kotlin Coroutines', 'Room', 'Hilt'],
      [],
    ],
    ['Book a quiet room; grab the hilt of the sword.', [], ['Room', 'Hilt']],
    ['Distributed compute on Ray, Dask and Spark.', ['Ray', 'Dask', 'Spark'], []],
    ['Ray Smith will mentor you.', [], ['Ray']],
    ['Provisioning with Terraform and Helm.', ['Terraform', 'Helm'], []],
    ['You will be at the helm of the team.', [], ['Helm']],
    [
      'Back end systems (nest, next, node, graphql etc).',
      ['NestJS', 'Next.js', 'Node.js', 'GraphQL'],
      [],
    ],
    ['Scale the Kubernetes node pool; next steps follow.', ['Kubernetes'], ['Node.js', 'Next.js']],
    ['Advanced Microsoft Excel is required.', ['Excel'], []],
    ['You excel at communication.', [], ['Excel']],
    ['Java, Spring and Spring Boot.', ['Java', 'Spring', 'Spring Boot'], []],
    ['Our Spring 2025 internship starts soon.', [], ['Spring']],
    ['Build tools: Poetry, Pants.', ['Poetry', 'Pants'], []],
    ['She reads poetry and wears pants.', [], ['Poetry', 'Pants']],
    ['Flows in Ray.io, Prefect and Airflow.', ['Ray', 'Prefect', 'Airflow'], []],
    ['Deploys via Gitlab CI, ArgoCD, Atlantis.', ['GitLab CI', 'Argo CD', 'Atlantis'], []],
    ['Experience building Go microservices.', ['Go'], []],
    ['Three years of writing production Go.', ['Go'], []],
    ['We replaced Python with Go last year.', ['Go'], []],
    ['You ship idiomatic Rust daily.', ['Rust'], []],
    ['Go to the careers page and apply.', [], ['Go']],
    ['Production Go-live is planned for May.', [], ['Go']],
    ['We move fast and Go big on customer care.', [], ['Go']],
    [
      'We run Helm, Tempo, Loki, Jaeger, Thanos, Atlantis, Prefect, Pants, Poetry and Kubernetes daily.',
      [
        'Helm',
        'Grafana Tempo',
        'Grafana Loki',
        'Jaeger',
        'Thanos',
        'Atlantis',
        'Prefect',
        'Pants',
        'Poetry',
      ],
      [],
    ],
    ['See you this Spring at the offsite.', [], ['Spring']],
    ['Document visits as SOAP notes and report RAG status.', [], ['SOAP', 'RAG']],
    ['Our kitchen in Aurora, CO is hiring.', [], ['Amazon Aurora']],
    ['React quickly to incidents.', [], ['React']],
    ['A dashboard written in React and Redux.', ['React', 'Redux'], []],
  ])('%j', (text, found, absent) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of absent) expect(got, n).not.toContain(n);
  });
});

describe('extractSkills: a language named mid-sentence in a requirements section', () => {
  it('finds Go after "writing production", required, with its years', () => {
    const text = 'Requirements\n- 5+ years of experience writing production Go.\n- A calm head.';
    const go = extractSkills(text).find((s) => s.name === 'Go');
    expect(go).toMatchObject({ importance: 'required', years: 5 });
  });

  it('leaves the verb at a sentence start alone', () => {
    expect(names('Requirements\nGo to the page and read it.')).not.toContain('Go');
  });
});

describe('extractSkills: plurals, possessives, aliases, cloud services', () => {
  it.each<Case>([
    ["Kubernetes' scheduler and Docker's layers.", ['Kubernetes', 'Docker'], []],
    ['Designing REST APIs and GraphQL schemas.', ['REST API', 'GraphQL'], []],
    ['Event handlers as AWS Lambdas behind SQS.', ['AWS Lambda', 'Amazon SQS'], []],
    [
      'GCP - GKE, PubSub, CloudSQL, BigTable.',
      ['Google Cloud', 'GKE', 'Pub/Sub', 'Cloud SQL', 'Bigtable'],
      [],
    ],
    [
      'Running on AWS or Azure (EKS, ECS, or AKS).',
      ['AWS', 'Azure', 'Amazon EKS', 'Amazon ECS', 'AKS'],
      [],
    ],
    ['Columnar stores such as Redshift or Snowflake.', ['Amazon Redshift', 'Snowflake'], []],
    ['Interoperability standards HL7 and FHIR.', ['HL7', 'FHIR'], []],
    [
      'CRM (Salesforce), marketing (Marketo), support (Zendesk), iPaaS (Workato).',
      ['Salesforce', 'Marketo', 'Zendesk', 'Workato'],
      [],
    ],
    ['Comfortable with shell script and Unix shell scripting.', ['Shell scripting'], ['Unix']],
    ['Postgres 15 and python3 on Java 17.', ['PostgreSQL', 'Python', 'Java'], []],
  ])('%j', (text, found, absent) => {
    const got = names(text);
    for (const n of found) expect(got, n).toContain(n);
    for (const n of absent) expect(got, n).not.toContain(n);
  });

  it('reports one entry per skill with the catalog category', () => {
    const got = extractSkills('Python, python and PYTHON. More Python.');
    expect(got.filter((s) => s.name === 'Python')).toHaveLength(1);
    expect(got[0]?.category).toBe('language');
  });

  it('emits concepts with category "method"', () => {
    const got = extractSkills('Requirements:\nMachine Learning, NLP, Microservices, CI/CD');
    for (const s of got) expect(s.category).toBe('method');
    expect(got.map((s) => s.name)).toEqual(['Machine Learning', 'NLP', 'Microservices', 'CI/CD']);
  });

  it('keeps evidence to the line, at most 200 characters, containing the mention', () => {
    const long = `${'Our platform is large and busy. '.repeat(10)}We run Kafka here. ${'More words follow. '.repeat(10)}`;
    const [kafka] = extractSkills(long);
    expect(kafka?.evidence.length).toBeLessThanOrEqual(200);
    expect(kafka?.evidence).toContain('Kafka');
    const [go] = extractSkills('Intro\nWe write Go, Rust.\nOutro');
    expect(go?.evidence).toBe('We write Go, Rust.');
  });

  it('returns [] for empty, blank or non-string input', () => {
    expect(extractSkills('')).toEqual([]);
    expect(extractSkills('   \n ')).toEqual([]);
    expect(extractSkills(undefined as unknown as string)).toEqual([]);
    expect(extractSkills({} as unknown as string)).toEqual([]);
  });
});
