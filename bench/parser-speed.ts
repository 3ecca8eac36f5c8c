import { nodeParseEnv, parseHtmlNode } from '../src/node/node-env.ts';
import { parseDocument } from '../src/parse/parse-document.ts';
import { parseInput } from '../src/parse/parse-input.ts';
import { figure, type SectionResult } from './figure.ts';
import { kb, loadPostings, type PostingInput } from './inputs.ts';
import { mean, median, p95, round, sample, timeOnce } from './stats.ts';

const SECTION = 'Parser speed (Node, one core)';

interface Timed {
  input: PostingInput;
  samples: number[];
}

const parseText = (p: PostingInput) => () =>
  parseInput({ kind: 'text', text: p.content, url: p.url }, nodeParseEnv);

/** What the content script does: parseDocument on a Document that already exists. */
function parseBuilt(p: PostingInput): () => unknown {
  const doc = parseHtmlNode(p.content);
  return () => parseDocument(doc, p.url, nodeParseEnv);
}

function pathFigures(path: 'text' | 'html', timed: Timed[], typical: Timed): SectionResult {
  const pooled = timed.flatMap((t) => t.samples);
  const label =
    path === 'text'
      ? 'Text path (parseInput, plain text)'
      : 'HTML path (parseDocument on a built Document)';
  const perPosting = mean(timed.map((t) => mean(t.samples)));
  return {
    figures: [
      figure(
        SECTION,
        `parser.${path}.typical.median`,
        `${label}: typical posting (${typical.input.name}, ${kb(typical.input.content).toFixed(1)} KB), median`,
        round(median(typical.samples)),
        'ms',
      ),
      figure(
        SECTION,
        `parser.${path}.typical.p95`,
        `${label}: typical posting, p95`,
        round(p95(typical.samples)),
        'ms',
      ),
      figure(
        SECTION,
        `parser.${path}.all.median`,
        `${label}: all ${timed.length} postings, median`,
        round(median(pooled)),
        'ms',
      ),
      figure(
        SECTION,
        `parser.${path}.all.p95`,
        `${label}: all ${timed.length} postings, p95`,
        round(p95(pooled)),
        'ms',
      ),
      figure(
        SECTION,
        `parser.${path}.rate`,
        `${label}: postings per second on one core`,
        Math.round(1000 / perPosting),
        '/s',
      ),
    ],
  };
}

export function runParserSpeed(): SectionResult {
  const set = loadPostings();
  // The very first parse in a fresh process: what a content script pays on its first page.
  const coldText = timeOnce(parseText(set.typicalText)).ms;
  const coldHtml = timeOnce(parseBuilt(set.typicalHtml)).ms;

  const text: Timed[] = set.text.map((input) => ({ input, samples: sample(parseText(input)) }));
  const html: Timed[] = set.html.map((input) => ({ input, samples: sample(parseBuilt(input)) }));
  const dom: Timed[] = set.html.map((input) => ({
    input,
    samples: sample(() => parseHtmlNode(input.content), { minRuns: 20, minMs: 150 }),
  }));
  const find = (list: Timed[], input: PostingInput) => list.find((t) => t.input === input) as Timed;
  const t = pathFigures('text', text, find(text, set.typicalText));
  const h = pathFigures('html', html, find(html, set.typicalHtml));
  const domPooled = dom.flatMap((d) => d.samples);

  const figures = [
    ...t.figures,
    ...h.figures,
    figure(
      SECTION,
      'parser.text.cold',
      'Text path: first parse in a fresh process (cold JIT), typical posting',
      round(coldText, 1),
      'ms',
    ),
    figure(
      SECTION,
      'parser.html.cold',
      'HTML path: first parse in a fresh process (cold JIT), typical posting',
      round(coldHtml, 1),
      'ms',
    ),
    figure(
      SECTION,
      'parser.dom.median',
      `linkedom DOM build (Node only, not in the browser), median over ${dom.length} pages`,
      round(median(domPooled)),
      'ms',
    ),
  ];
  const row = (tm: Timed, d?: Timed) => [
    tm.input.name,
    tm.input.kind,
    round(kb(tm.input.content), 1),
    round(median(tm.samples)),
    round(p95(tm.samples)),
    d ? round(median(d.samples)) : '',
  ];
  return {
    figures,
    tables: [
      {
        title: 'Per posting (ms)',
        columns: ['posting', 'path', 'KB', 'median', 'p95', 'DOM build (linkedom)'],
        rows: [...text.map((x) => row(x)), ...html.map((x, i) => row(x, dom[i]))],
      },
    ],
  };
}
