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
  | 'law';

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
  /** Short traits worth repeating in a message, e.g. "confidential". */
  traits?: string[];
}

/** Where a piece of guidance came from. */
export type EntrySource =
  | { type: 'seed'; section: SeedSectionId; citation?: string }
  | {
      type: 'reference';
      /** Usually "contacts.md": the checked list of numbers. */
      document: string;
      /** The primary source the line was checked against. */
      url: string;
      /** The handout section the line corrects, when it corrects one. */
      section?: SeedSectionId;
    };

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
}

/** The sections of the CASA of Los Angeles handout, in the handout's order. */
export const SEED_SECTIONS = {
  definition: 'What CSEC is',
  forms: 'Forms of CSEC',
  terms: 'A note on the word "trafficker"',
  'what-we-know': 'What we know: youth in foster care face greater risk',
  recruitment: 'Risk factors: how youth are recruited',
  'trafficker-tactics': 'How traffickers operate',
  'targeted-tricked-traumatized': 'Targeted, tricked, traumatized',
  myths: 'Myth or truth?',
  'red-flags': 'Red flags',
  'information-gathering': 'How CASAs can be involved: information gathering',
  approach: 'Empowerment, safety first, support healing',
  advocacy: 'Advocacy and activities',
  services: 'Services to advocate for',
  'harm-reduction': 'Harm reduction',
  'what-not-to-do': 'What not to do',
  confidentiality: 'A note on confidentiality',
  'stay-involved': 'Stay involved and keep learning',
  'when-youth-returns': 'What to say/ask when the youth returns',
  'self-care': 'Self-care for the advocate',
  ab1227: 'Did you know? AB 1227',
  resources: 'Resources: numbers youth should know',
  'saving-innocence': 'Saving Innocence',
  clcht: 'CLCHT monthly call',
  alliance: "The Alliance for Children's Rights",
  remember: 'Remember…',
} as const;

export type SeedSectionId = keyof typeof SEED_SECTIONS;

/** The handout every seed entry comes from, named the way the UI cites it. */
export const SEED_TITLE = 'CSEC & CASA Advocacy training handout, CASA of Los Angeles';
