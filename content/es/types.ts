/**
 * The Spanish versions of what advocates say and give to youth and families. Each is a
 * translation of the English text (shown as such), never new guidance: numbers, text codes
 * and links are not translated here at all — they come from the English entry's own contact
 * data, so they cannot differ between languages.
 */

/** One guide entry in Spanish. */
export interface EntryEs {
  title: string;
  body: string;
  /** Only where the English entry has its own `message` (the phrasings). */
  message?: string;
  /** Crisis entries: the steps, in the same order as the English ones. */
  steps?: readonly string[];
  /** Spanish names of the entry's `lines`, by the English line name. */
  lineNames?: Readonly<Record<string, string>>;
  /** The contact's words in Spanish, where the English entry has a contact. */
  contact?: {
    hours?: string;
    languages?: string;
    /** In the same order as the English `traits`. */
    traits?: readonly string[];
    /** Spanish phone labels, by the English label ("in California" → "en California"). */
    phoneLabels?: Readonly<Record<string, string>>;
  };
  correction?: string;
  /** A glossary term's parts, as the English entry's `meaning`, `why` and `note`. */
  meaning?: string;
  why?: string;
  note?: string;
  /** As the English entry's `unconfirmed`. */
  unconfirmed?: string;
  /** Words Spanish speakers type for this entry: search only, never shown. */
  synonyms: readonly string[];
  /**
   * False for the advocate's own reading (a red flag): shown and copied in Spanish, but searched
   * as the entry's Spanish words (`esWords`), which English queries meet only through words
   * English does not have here.
   */
  indexed?: false;
}

/** The "When it can't wait" card in Spanish, row by row (by crisis entry id). */
export interface CrisisCardEs {
  title: string;
  note: string;
  rows: Readonly<Record<string, { situation: string; first: string; then: string }>>;
  more: { label: string };
}

/** The safety plan's printed labels in Spanish (section, field and column ids of utils/plans/form.ts). */
export interface PlanFormEs {
  /** `practice`: where the English section has its own hotline practice line. */
  sections: Readonly<Record<string, { title: string; prompt: string; practice?: string }>>;
  fields: Readonly<
    Record<
      string,
      {
        label: string;
        hint?: string;
        addLabel?: string;
        /** By the English choice or checklist item. */
        choices?: Readonly<Record<string, string>>;
      }
    >
  >;
  /** By "fieldId.columnId". */
  columns: Readonly<Record<string, string>>;
  /**
   * The words of the rows a new plan starts with (utils/plans/model.ts), by "fieldId.columnId",
   * then by the English cell: shown in Spanish, stored in English.
   */
  presets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * An advocate-facing entry in Spanish, for the side panel's observations (a red flag, the note on
 * confidentiality): what the interface shows, never a message to copy for a youth or family.
 */
export interface AdvocateEntryEs {
  title: string;
  body: string;
  /** Red flags: the neutral words a court-report note uses (the English entry's `observed`). */
  observed?: string;
}
