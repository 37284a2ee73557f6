import { GLOSSARY_DOCUMENT } from './term';

/** The glossary reference's "Read this first": shown once, compactly, with every term. */
export interface GlossaryGuidance {
  /** The one line to show above every term. */
  summary: string;
  /** The whole guidance, for a "Read this first" disclosure. */
  points: readonly string[];
  source: { document: string; part: string; urls: readonly string[] };
  /** The same guidance in Spanish (content/es/glossary.ts), for a Spanish interface. */
  es?: { summary: string; points: readonly string[] };
}

export const glossaryGuidance: GlossaryGuidance = {
  summary:
    'These words are for understanding, not for use with the youth. One word is a reason to pay attention, not proof: talk ' +
    'with your CASA supervisor and the youth’s CSW, and don’t investigate on your own.',
  points: [
    'These are street and system words, and many are degrading. They are here so you understand what you hear or read in a ' +
      'file, not so you use them with the youth.',
    'One word is a reason to pay attention, not proof: a young person may use these words because friends do, without being ' +
      'exploited. Talk it over with your CASA supervisor and the youth’s CSW; don’t investigate on your own.',
    'Slang changes by city and year: the same street may be “the track”, “the blade” or “the stroll”, and California tends to ' +
      'say “the game” where Nevada says “the life”.',
    'In your own words, say “youth”, “young person”, “exploited” or “trafficked minor”: a minor cannot consent to commercial ' +
      'sex. Prefer “buyer” to “john”. Describe what happened; don’t label the youth. Some young people reject both “victim” ' +
      'and “survivor”: follow their lead.',
    'The law is on the youth’s side: under federal law, anyone under 18 who is induced into a commercial sex act is a ' +
      'trafficking victim, with no need to show force, fraud or coercion. LA DCFS treats commercial sexual exploitation of a ' +
      'child as child abuse to be reported to its Child Protection Hotline.',
    'From the CASA handout: don’t tell the court a youth is CSEC unless DCFS or the court has confirmed it (a CSEC unit is ' +
      'assigned, or the youth has disclosed to the team).',
  ],
  source: {
    document: GLOSSARY_DOCUMENT,
    part: 'Read this first (guidance to show with every entry)',
    urls: [
      'https://sextraffickingandspecialeducation.com/sex-trafficking/glossary/',
      'https://sfcasa.org/csec',
      'https://love146.org/?p=24971',
      'http://jenlrobinson.com/are-you-out-of-pocket/',
      'http://ncfy.acf.hhs.gov/book/export/html/19353',
      'https://www.youthcollaboratory.org/resource/The-Importance-of-Language-in-Anti-Trafficking-Work',
      'https://theirinaproject.org/resources/language-matters/',
      'https://lifefortheinnocent.org/?p=9243',
      'http://5-stones.org/glossary-of-terms/',
      'https://covenanthousetoronto.ca/traffick-stop/language-and-key-terms/',
      'https://policy.dcfs.lacounty.gov/Policy?id=5744',
      'https://www.slideshare.net/slideshow/1-b-domestic-sex-trafficking/20670580',
      'https://www.policechiefmagazine.org/combating-drug-facilitated-sex-trafficking-of-runaway-youth/',
    ],
  },
};
