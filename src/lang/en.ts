import type { LangTable } from './lang-table.ts';

/** English. Heading rows are in priority order: "Preferred qualifications" is preferred before "qualifications" is required. */
export const EN: LangTable = {
  code: 'en',
  stopWords: (
    'the and of to a in is for with you we our your are be will on as this that an or have at by ' +
    'from it not can who all more about us they their which what would should into work team ' +
    'experience'
  ).split(' '),
  headings: [
    ['preferred', String.raw`\b(nice|good|great) to haves?\b|\bnice haves?\b`],
    [
      'preferred',
      String.raw`^(preferred|desired|desirable|bonus|pluses|plus|optional|ideally|extra credit|even better|brownie points|added bonus|its a plus|it would be (great|nice)|would be (great|nice)|wed love)\b`,
    ],
    ['preferred', String.raw`^ideal (skills|experience|qualifications|profile|background)\b`],
    [
      'preferred',
      String.raw`\b(preferred|desired|desirable|bonus|optional) (qualifications?|skills?|requirements?|experience|knowledge|points?|competencies)\b`,
    ],
    ['preferred', String.raw`\b(is|are|be) a (big |huge )?plus\b|\bpluses\b|\bbonus points?\b`],
    [
      'required',
      String.raw`^(the )?ideal candidate\b|\bfit right in\b|^(about|who) you\b|^(you|youll|you will) (have|are|bring|should|must|need)\b`,
    ],
    [
      'required',
      String.raw`^(is this you|are you|what makes you|you might be|you may be|this might be you|your (profile|skills|background|experience|qualifications|toolkit))\b`,
    ],
    [
      'other',
      String.raw`\b(tech|technology|technical) stack\b|\b(our|the) stack\b|^stack\b|\b(tools|technologies|tech) we use\b`,
    ],
    [
      'compensation',
      String.raw`\b(salary|salaries|compensation|pay range|pay ranges|pay transparency|pay scale|base pay|hourly rate|remuneration|wages?|pay)\b`,
    ],
    [
      'benefits',
      String.raw`\b(benefits|perks|what we offer|we offer|what (youll|you will|you) get|in return|whats in it for you|(youll|you will) (love|enjoy)|why (join|work|you)|weve got you covered|rewards|time off|wellbeing)\b`,
    ],
    ['responsibilities', String.raw`\b(responsibilities|responsibility|duties|accountabilities)\b`],
    [
      'responsibilities',
      String.raw`^(what (youll|you will|you) (do|be doing|work on|achieve)|(your|the) role|about (the|this) (role|job|position)|the position|(role|position|job) (overview|summary|description)|the opportunity|(what )?your impact|in this role|day to day|a day in the life|how (youll|you will) spend|(youll|you will) help|(youll|you will)$|your (mission|day|tasks|responsibilities)|the job|the work|the challenge|example projects|impact)\b`,
    ],
    [
      'about',
      String.raw`^(about|who we are|what we value|our (company|mission|story|values|culture|commitment|team|vision|purpose|promise)|company (description|overview|profile)|the (company|team)|life at|working at|join us)\b`,
    ],
    [
      'about',
      String.raw`\b(equal (opportunity|employment)|eeo|diversity|inclusion|non discrimination|accommodations?|affirmative action)\b`,
    ],
    [
      'required',
      String.raw`\b(requirements?|qualifications?|must haves?|prerequisites|competencies)\b`,
    ],
    [
      'required',
      String.raw`^(what (were|we are|we re) (looking for|seeking)|what we look for|what (youll|you will|you) (need|bring)( to the table)?|what we (need|expect)|what it takes|who (were|we are) looking for|(were|we are) looking for|looking for|skills?|skill set|skillset|(technical|key|core|essential) skills|essential|experience|education|knowledge|profile|minimum|basic|required|must|you should have|to be successful)\b`,
    ],
    [
      'other',
      String.raw`^((job )?description|(an )?overview|summary|(the )?details|additional (information|details)|how we work|the way we work|(the )?interview|(our )?(hiring|interview) process|next steps|how to apply|onboarding)\b`,
    ],
  ],
  headingFiller: (
    'a an and or the our your you we us to for of in on with this that role position job team ' +
    'company what who is are be will youll were skills skill experience qualifications ' +
    'requirements abilities knowledge other additional key core required preferred technical ' +
    'education responsibilities duties benefits perks compensation salary summary overview ' +
    'description information details special minimum basic general relevant essential must'
  ).split(' '),
  detect: {
    hiring: [
      String.raw`we[’']re (?:looking for|seeking|hiring|searching for|recruiting)\b`,
      String.raw`we are (?:looking for|seeking|hiring|searching for|recruiting)\b`,
      String.raw`join (?:our|the) (?:team|company)\b`,
      String.raw`we[’']d love to hear from you\b`,
      String.raw`looking for an? [^.\n]{0,60}(?:to join|who)\b`,
      String.raw`looking to hire\b`,
      String.raw`is (?:looking for|seeking) (?:an?|you|experienced|talented|motivated|passionate|qualified|dedicated|reliable)\b`,
      String.raw`is (?:now )?hiring\b`,
      String.raw`now hiring\b`,
    ],
    apply: [
      'apply (?:now|today|here|online|for this (?:job|role|position))',
      'how to apply',
      String.raw`to apply\b[,:]`,
      'click (?:here )?to apply',
      'submit (?:an|your) (?:application|resume|résumé|cv)',
      'send (?:us )?your (?:cv|resume|résumé|application)',
      'email (?:us )?your (?:cv|resume|résumé|application)',
      'easy apply',
      'apply via',
      'application deadline',
      'interested (?:candidates|applicants|parties)',
    ],
    employment: [
      'full[- ]time',
      'part[- ]time',
      'permanent',
      'internship',
      'internships',
      'fixed[- ]term',
      'contract (?:role|position)',
      'contractor (?:role|position)',
      'freelance',
    ],
    postingNouns: ['job (?:opening|posting|vacancy|offer)'],
  },
  roleNouns: (
    'engineer developer programmer architect designer manager director lead leader head analyst ' +
    'scientist researcher specialist consultant administrator admin coordinator representative ' +
    'associate officer technician intern accountant writer editor marketer recruiter strategist ' +
    'producer nurse sre devops owner advocate executive assistant operator agent partner ' +
    'president vp cto ceo cfo principal tester qa electrician mechanic plumber welder carpenter ' +
    'machinist driver instructor teacher tutor cashier clerk bookkeeper cook chef bartender ' +
    'housekeeper janitor custodian caregiver therapist pharmacist physician dentist hygienist ' +
    'paralegal attorney receptionist laborer installer inspector estimator supervisor foreman ' +
    'superintendent cpa dispatcher auditor underwriter adjuster teller advisor adviser counselor ' +
    'aide attendant lifeguard nanny technologist paramedic emt surgeon veterinarian stylist ' +
    'barista picker packer stocker'
  ).split(' '),
};
