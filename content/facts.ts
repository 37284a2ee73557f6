import type { GuideEntry } from './schema';

const WEBINAR =
  'National Human Trafficking Hotline. Child Trafficking Part 1: Recognizing the Risks and Signs ' +
  '(CASA network webinar, retrieved February 25, 2019).';
const WALKER =
  'Walker, K. (2013). California Child Welfare Council, Ending the Commercial Sexual ' +
  'Exploitation of Children: A Call for Multi-System Collaboration in California.';
// The handout gives only a URL; no article title is invented (content review, table B).
const STATS = 'Business Insider (markets.businessinsider.com), 2019; URL as given in the handout.';

const stat = (id: string, title: string, body: string): GuideEntry => ({
  id: `fact-${id}`,
  kind: 'fact',
  title,
  body,
  tags: ['statistics', 'foster care', 'risk'],
  synonyms: ['stats', 'data', 'numbers', 'how common', 'percent', 'foster youth'],
  source: { type: 'seed', section: 'what-we-know', citation: STATS },
});

export const facts: GuideEntry[] = [
  {
    id: 'fact-csec-definition',
    kind: 'fact',
    title: 'What CSEC is',
    body:
      'Commercial sexual exploitation of children (CSEC) is sexual activity involving a child in ' +
      'exchange for something of value, or the promise of it, to the child or to another ' +
      'person or persons. The child is treated as a commercial and sexual object. CSEC is a ' +
      'form of violence against children.',
    tags: ['definition', 'csec'],
    synonyms: ['definition', 'what is csec', 'meaning', 'exploitation', 'sex trafficking', 'commercial sexual exploitation'],
    source: { type: 'seed', section: 'definition', citation: WEBINAR },
    related: ['term-csec'],
  },
  {
    id: 'fact-csec-forms',
    kind: 'fact',
    title: 'Forms CSEC can take',
    body:
      'Sex trafficking; child pornography; child sex tourism; trading sex to meet basic needs, ' +
      'often called "survival sex"; street- or gang-based exploitation; escort services; phone sex ' +
      'lines; private parties; exploitation by family members (the handout says “interfamilial pimping”); ' +
      'internet-based exploitation.',
    tags: ['definition', 'csec', 'types'],
    synonyms: [
      'types',
      'kinds',
      'survival sex',
      'pornography',
      'escort',
      'internet',
      'online',
      'gang',
      'parties',
      'family',
      'interfamilial',
      // Search-only routing words (content review, section F). The handout's "sex work" is kept
      // here, never as text: for a child it is exploitation, not work.
      'track',
      'blade',
      'stroll',
      'the life',
      'in the life',
      'the game',
      'ads',
      'online ads',
      'hotel',
      'motel',
      'photos',
      'pictures',
      'nudes',
      'sextortion',
      'csam',
      'prostitution',
      'prostitute',
      'sex work',
      'street',
    ],
    source: { type: 'seed', section: 'forms', citation: WALKER },
    related: ['term-survival-sex', 'term-track', 'term-sextortion', 'term-lg-party'],
  },
  {
    id: 'fact-term-trafficker',
    kind: 'fact',
    title: 'What "trafficker" means here',
    body:
      '"Trafficker" means anyone who financially or otherwise benefits from victims of commercial ' +
      'sexual exploitation or trafficking. Other terms often used are “exploiters”, “pimps”, ' +
      '“purchasers”, “buyers” and “johns”.',
    tags: ['definition', 'trafficker', 'terms'],
    // The last four are search-only routing words (content review, section F).
    synonyms: ['pimp', 'john', 'buyer', 'purchaser', 'exploiter', 'who is a trafficker', 'trick', 'date', 'sugar daddy'],
    source: { type: 'seed', section: 'terms', citation: WALKER },
    related: ['term-trafficker', 'term-trick-john-buyer'],
  },
  {
    id: 'fact-foster-care-greater-risk',
    kind: 'fact',
    title: 'Children involved in foster care have a greater chance of becoming victims',
    body: 'Children involved in foster care have a greater chance of becoming victims of commercial sexual exploitation.',
    tags: ['foster care', 'risk'],
    synonyms: [
      'foster care',
      'foster youth',
      'greater risk',
      'higher risk',
      'why foster youth',
      'child welfare',
      'vulnerable',
      'what we know',
    ],
    // The handout's headline for the four figures that follow; it cites no source of its own.
    source: { type: 'seed', section: 'what-we-know' },
    related: ['fact-fbi-foster-care-2013', 'fact-missing-2017'],
  },
  stat(
    'fbi-foster-care-2013',
    'Most child victims the FBI recovered in 2013 were from foster care',
    'In 2013, 60% of child victims the FBI recovered were from foster care.',
  ),
  stat(
    'missing-2017',
    'Many missing children who were likely trafficked had been in child welfare',
    'In 2017, 14% of children reported missing were likely victims of sex trafficking, and 88% of those had been in child welfare.',
  ),
  stat(
    'at-risk-300000',
    'More than 300,000 young people in the US are at risk',
    'More than 300,000 young people in the US are considered "at risk" of sexual exploitation.',
  ),
  stat(
    'every-state',
    'Human trafficking is reported in every state',
    'Most human trafficking cases have been reported in California, Texas and Florida, but every state in the US has reports of human trafficking.',
  ),
  {
    id: 'fact-targeted-tricked-traumatized',
    kind: 'fact',
    title: 'Targeted, tricked, traumatized',
    body: 'Youth who are exploited are targeted, tricked and traumatized.',
    tags: ['trafficker', 'trauma'],
    // "Is it her fault", "she chose this": the answer is that she was targeted and tricked.
    synonyms: [
      'targeted',
      'tricked',
      'traumatized',
      'trauma',
      'groomed',
      'why youth stay',
      'her fault',
      'his fault',
      'their fault',
      'blame',
      'to blame',
      'chose this life',
      'chose this',
      'wants this life',
    ],
    source: { type: 'seed', section: 'targeted-tricked-traumatized' },
  },
];

const myth = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `myth-${id}`,
  kind: 'myth',
  title: `Myth: ${title}`,
  body: `Truth: ${body}`,
  tags: ['myth', 'truth', 'misconception'],
  synonyms,
  source: { type: 'seed', section: 'myths' },
});

export const myths: GuideEntry[] = [
  myth(
    'buyers-punished',
    'People who buy sex with minors, or sell minors for sex, are caught and punished.',
    'Despite laws in every state that enable the prosecution of these individuals, and despite ' +
      'the hard work of prosecutors and law enforcement in many jurisdictions, those who sexually ' +
      'exploit children and adolescents have largely escaped accountability.',
    ['police', 'arrest', 'prosecution', 'punished', 'justice', 'buyers', 'johns', 'law enforcement'],
  ),
  myth(
    'help-available',
    'Help is readily available for victims and survivors.',
    'There are too few services to meet current needs. The services that do exist are unevenly ' +
      'distributed geographically, lack adequate resources, and vary in their ability to ' +
      'provide specialized care.',
    ['services', 'help', 'resources', 'shortage', 'waitlist', 'survivors'],
  ),
  myth(
    'easy-to-recognize',
    'It is easy for professionals who work with minors to recognize victims and youth at risk.',
    'Many teachers, doctors and nurses, child welfare workers and others who interact with youth ' +
      'are unaware that commercial sexual exploitation and sex trafficking of minors occur in ' +
      'their communities, or lack the knowledge or training to identify and respond to them.',
    ['recognize', 'identify', 'teachers', 'doctors', 'training', 'signs', 'professionals'],
  ),
];

export const law: GuideEntry[] = [
  {
    id: 'law-ab1227',
    kind: 'law',
    title: 'AB 1227: human trafficking prevention education in California schools',
    body:
      'The Human Trafficking Prevention Education and Training Act (AB 1227) requires all ' +
      'California public schools to offer education and training on human trafficking ' +
      'identification and prevention, to keep children from being exploited for labor or sex.',
    tags: ['law', 'california', 'schools', 'education'],
    synonyms: ['ab 1227', 'ab1227', 'school', 'prevention education', 'legislation', 'bill'],
    source: { type: 'seed', section: 'ab1227' },
  },
];

const reminder = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `remember-${id}`,
  kind: 'action',
  title,
  body,
  tags: ['remember', 'relationship'],
  synonyms,
  source: { type: 'seed', section: 'remember' },
});

/** The handout's closing reminders. */
export const reminders: GuideEntry[] = [
  reminder(
    'trusting-relationship',
    'Build a long-term, trusting relationship',
    'Building a long-term, trusting relationship is at the heart of this work.',
    ['trust', 'relationship', 'rapport', 'long term'],
  ),
  reminder(
    'therapeutic-modalities',
    'Many kinds of therapy can help',
    'There is a range of therapeutic modalities that help survivors build self-esteem and ' + 'empowerment and reconnect with themselves.',
    ['therapy', 'therapist', 'counseling', 'healing', 'self-esteem', 'mental health'],
  ),
  reminder(
    'active-support',
    'Stay an active support, even through challenging times',
    'Being an active support for the youth, even through challenging times, is the most ' + 'important role you can play.',
    ['support', 'hard times', 'relapse', 'setback', 'give up', 'frustrated'],
  ),
];
