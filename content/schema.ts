import type { EntryEs } from './es/types';

/**
 * The shape of the guide. Everything the popup and side panel show comes from entries of this
 * type; `tests/content.test.ts` checks every entry against it.
 */

/** What an entry is; drives its label, filter chip and how it is copied. */
export type EntryKind =
  | 'resource'
  | 'red-flag'
  | 'recruitment'
  | 'tactic'
  | 'myth'
  | 'phrasing'
  | 'action'
  | 'avoid'
  | 'confidentiality'
  | 'self-care'
  | 'fact'
  | 'law'
  /** What to do when it can't wait: ordered `steps` and the `lines` to call. */
  | 'crisis'
  /** A street or system word, explained: `meaning`, `why`, `note`. */
  | 'term';

/** A phone line. `number` is always digits and dashes ("1-888-373-7888", "988"). */
export interface PhoneLine {
  number: string;
  /** The memorable spelling, e.g. "1-800-656-HOPE". */
  letters?: string;
  /** Which caller this line is for, e.g. "in California". */
  label?: string;
}

/** A text (SMS) line: send `keyword` (if any) to `number`. */
export interface TextLine {
  number: string;
  keyword?: string;
}

/** Structured contact details, so they can be formatted, linked as tel:/sms: and tested. */
export interface ContactDetails {
  phones?: PhoneLine[];
  text?: TextLine;
  tty?: string;
  /** An https:// address where the service offers online chat. */
  chatUrl?: string;
  email?: string;
  /** An https:// address of the service's own page. */
  website?: string;
  /** When the line is answered, e.g. "24/7". Only when the source says so. */
  hours?: string;
  languages?: string;
  /**
   * No source confirms that the line answers by phone in Spanish (the crisis reference's "Spanish-
   * language help" table): its Spanish message and its Languages row say so.
   */
  spanishUnconfirmed?: boolean;
  /** Short traits worth repeating in a message, e.g. "confidential". */
  traits?: string[];
}

/**
 * A line an entry sends the reader to. Its `contact` is the very object of the line's own
 * entry (never typed twice), so a number changed in `resources.ts` changes everywhere.
 */
export interface EntryLine {
  /** How the line is named here, e.g. "LA County DCFS Child Protection Hotline". */
  name: string;
  /** The numbers; absent for a number the advocate fills in (the youth's CSW, the CASA). */
  contact?: ContactDetails;
  /** The guide entry that describes the line, e.g. "hotline-988". */
  entryId?: string;
  /** A short aside for the message, e.g. "ask your CASA supervisor". */
  note?: string;
  /** The line in Spanish, added from content/es when the guide is assembled. */
  es?: { name: string; note?: string; contact?: EntryEs['contact'] };
}

/** Where a piece of guidance came from. */
export type EntrySource =
  | {
      type: 'seed';
      section: SeedSectionId;
      citation?: string;
      /**
       * The section's name as cited (SEED_SECTIONS), and whether the handout's text lost that
       * heading (SEED_HEADING_LOST): set when the guide is assembled (content/index.ts), so the
       * popup reads them in its data and never ships the tables as code.
       */
      heading?: string;
      untitled?: true;
    }
  | {
      type: 'reference';
      /** The file in this repository that records the check, e.g. "docs/sources/contacts.md". */
      document: string;
      /** The heading inside `document` the entry comes from, e.g. "(b) The youth talks about suicide…". */
      part?: string;
      /** The primary page the entry was checked against. */
      url: string;
      /** How the primary page is cited, when its address does not say, e.g. "policy 0050-502.10". */
      title?: string;
      /** Further pages the entry rests on, as `document` lists them. */
      also?: string[];
      /** Another file of this repository that lists some of the `also` pages, when `document` does not. */
      alsoIn?: string;
      /** True when the entry also rests on the CASA handout. */
      handout?: boolean;
      /** The handout section the line corrects, when it corrects one. */
      section?: SeedSectionId;
    }
  /** A line a CASA program added through browser policy or a resource pack (utils/program). */
  | { type: 'program'; name: string; via: 'policy' | 'pack' };

/** One piece of guidance. */
export interface GuideEntry {
  /** Stable: pins, recents and plans refer to entries by id. Never reuse or rename one. */
  id: string;
  kind: EntryKind;
  title: string;
  body: string;
  /** The ready-to-send text, when the default formatting does not fit. */
  message?: string;
  contact?: ContactDetails;
  tags: string[];
  /** Words advocates actually type for this entry ("AWOL", "boyfriend", "burnout"…). */
  synonyms: string[];
  source: EntrySource;
  /** ISO date the contact details were last checked against `source.url`. */
  checked?: string;
  /** False for lines taken from the handout that no primary source confirms. */
  verified?: boolean;
  /** Set when the handout's version of this line was wrong or out of date. */
  correction?: string;
  /** True for lines that are not in the CASA handout at all. */
  added?: boolean;
  /** Shown on the popup's empty query, in this order (lower first). */
  hotlineRank?: number;
  /** Crisis entries: what to do, in order (render as an ordered list). Short imperative sentences. */
  steps?: string[];
  /** The lines to reach, with their numbers; the copied message lists them. */
  lines?: readonly EntryLine[];
  /** Glossary terms: the plain meaning. Copying a term copies this, for the advocate's notes. */
  meaning?: string;
  /** Glossary terms: why the word matters to an advocate. */
  why?: string;
  /** Glossary terms: the trauma-informed note (how to handle the word, and the youth). */
  note?: string;
  /**
   * What the entry's reference marks unconfirmed about it, said where the entry is read ("Not
   * confirmed: …"), so it is never shown as fact (glossary.md, section D).
   */
  unconfirmed?: string;
  /** Ids of other entries worth opening from this one (e.g. "term-csw"); shown as links. */
  related?: string[];
  /**
   * Red flags: what was seen, as a neutral noun phrase for a case note or court report
   * ("a large amount of cash"). Describes behaviour or things, never labels the youth: no
   * "victim", "trafficked", "exploited" or "CSEC" (utils/observations/court-note.ts).
   */
  observed?: string;
  /** The entry in Spanish, for youth and families (content/es): a translation, added when the guide is assembled. */
  es?: EntryEs;
  /**
   * For an entry with no Spanish version yet: Spanish words a search finds it by (its title in
   * Spanish, content/es/search-words.ts). Never shown, never copied.
   */
  esWords?: readonly string[];
}

/** The sections of the CASA of Los Angeles handout, in the handout's order. */
export const SEED_SECTIONS = {
  definition: 'What CSEC is',
  forms: 'Forms of CSEC',
  terms: 'A note on the word "trafficker"',
  'what-we-know': 'What we know: children involved in foster care have a greater chance of becoming victims',
  recruitment: 'How youth are recruited',
  'trafficker-tactics': 'How traffickers operate',
  'targeted-tricked-traumatized': 'Targeted, tricked, traumatized',
  myths: 'Myth or truth?',
  'red-flags': 'Red flags',
  'information-gathering': 'Information gathering',
  approach: 'Empowerment, safety first, support healing',
  advocacy: 'Advocacy and activities',
  services: 'Services to advocate for',
  'harm-reduction': 'Harm reduction',
  'what-not-to-do': 'What not to do',
  confidentiality: 'A note on confidentiality',
  'stay-involved': 'Stay involved and keep learning',
  'when-youth-returns': 'What to say/ask when the youth returns',
  'self-care': 'Self-care for the advocate',
  ab1227: 'Did you know?',
  resources: 'Resources',
  'saving-innocence': 'Saving Innocence',
  clcht: 'CLCHT monthly call',
  alliance: "The Alliance for Children's Rights",
  remember: 'Remember…',
} as const;

export type SeedSectionId = keyof typeof SEED_SECTIONS;

/**
 * The parts whose heading the handout's text does not have (lost when it was converted to text,
 * crisis-and-reporting.md (a)): their names above are ours, so they are never quoted as the
 * handout's own (helper-65). The others are the handout's headings, typos fixed.
 */
export const SEED_HEADING_LOST: ReadonlySet<SeedSectionId> = new Set<SeedSectionId>([
  'definition',
  'forms',
  'terms',
  'recruitment',
  'trafficker-tactics',
  'targeted-tricked-traumatized',
  'approach',
  'services',
  'harm-reduction',
  'what-not-to-do',
  'stay-involved',
  'self-care',
  'clcht',
]);

export { SEED_TITLE } from './handout';
