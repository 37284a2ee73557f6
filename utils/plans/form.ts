/**
 * The safety plan's sections and fields, as data. The editor, the print view, the wallet card,
 * plain-text copies and backup validation are all driven from this one description.
 * Section order and wording follow the safety-plan reference (14 sections).
 */

/** A column of a row field (people, places, numbers, services, team). */
export interface Column {
  id: string;
  label: string;
  /** Input hint: "tel" fields get a phone keyboard and are printed large on the wallet card; "date" is YYYY-MM-DD. */
  type?: 'text' | 'tel' | 'choice' | 'date';
  choices?: readonly string[];
  /**
   * A new row leaves this choice unset ("Choose…") instead of taking the first: who was told is
   * a fact the advocate records, and a row added and left alone must not say the CSW was told.
   */
  startsBlank?: boolean;
  /**
   * Asked only for rows that may need it: hidden once another choice is made in `column` (the
   * referral number on a "CSW" row), shown while that choice is unset or `choice`, and always
   * while the cell holds something, so nothing typed is ever out of sight.
   */
  onlyFor?: { column: string; choice: string };
}

/** Whether `row` asks for `column`: see Column.onlyFor. */
export function columnAsked(column: Column, row: Readonly<Record<string, string | undefined>>): boolean {
  const only = column.onlyFor;
  const choice = only && row[only.column];
  return !only || !choice || choice === only.choice || !!row[column.id]?.trim();
}

export type Field = (
  | { id: string; kind: 'line'; label: string; hint?: string; type?: 'text' | 'date' }
  | { id: string; kind: 'text'; label: string; hint?: string }
  | { id: string; kind: 'choice'; label: string; choices: readonly string[] }
  | { id: string; kind: 'checklist'; label: string; items: readonly string[] }
  | { id: string; kind: 'rows'; label: string; columns: readonly Column[]; max: number; addLabel: string }
) & {
  /**
   * Asked only once another field of the plan holds `choice` (how CSEC status was confirmed, once
   * it is), and always while it holds something itself, so nothing typed is ever out of sight.
   */
  onlyFor?: { field: string; choice: string };
  /**
   * Fields asked right under this one (each with `onlyFor` it): part of the plan's data, not of
   * its section's count, print or plain-text copy.
   */
  details?: readonly Field[];
};

/** A section's fields with their details, in the order the editor shows them. */
export const sectionFields = (section: Section): Field[] => section.fields.flatMap((f) => [f, ...(f.details ?? [])]);

/** Whether the plan asks for `field` now: see Field.onlyFor. */
export function fieldAsked(field: Field, data: Readonly<Record<string, unknown>>): boolean {
  const only = field.onlyFor;
  const own = data[field.id];
  return !only || data[only.field] === only.choice || (typeof own === 'string' && !!own.trim());
}

export interface Section {
  id: string;
  title: string;
  /** What goes in it, in a sentence (shown under the title). */
  prompt: string;
  fields: readonly Field[];
  /** Guide entries shown beside the section, by id. */
  advice: readonly string[];
  /** Advice that is not in the guide itself (hotline safety-planning practice), shown as text. */
  practice?: string;
}

export const SERVICE_STATUSES = ['Not started', 'Requested', 'In place', 'Not needed'] as const;

/**
 * Whether CSEC status is confirmed by DCFS or the court (the handout: a CSEC unit is assigned,
 * or the youth has openly disclosed to the team). Unset counts as not confirmed.
 */
export const CSEC_STATUSES = ['Not confirmed', 'Confirmed'] as const;
export const CSEC_CONFIRMED: (typeof CSEC_STATUSES)[number] = 'Confirmed';
/** The fields that record how and when CSEC status was confirmed are asked once it is. */
const CSEC_CONFIRMED_FOR = { field: 'csecStatus', choice: CSEC_CONFIRMED };

export const PLAN_SECTIONS: readonly Section[] = [
  {
    id: 'about',
    title: 'About this plan',
    prompt: 'Who the plan is for (nickname or initials only), when it was made and with whom.',
    fields: [
      { id: 'nickname', kind: 'line', label: 'Youth’s nickname or initials', hint: 'Never a full name.' },
      { id: 'planDate', kind: 'line', label: 'Plan date', type: 'date' },
      { id: 'madeWith', kind: 'text', label: 'Who helped make it', hint: 'Youth, CSW, therapist, CASA…' },
      { id: 'youthAgreed', kind: 'choice', label: 'Has the youth seen and agreed to it?', choices: ['Yes', 'Not yet', 'No'] },
      // The handout's note on confidentiality: court-report notes warn about CSEC words until this says "Confirmed".
      {
        id: 'csecStatus',
        kind: 'choice',
        label: 'Is CSEC status confirmed by DCFS or the court?',
        choices: CSEC_STATUSES,
        // A status that silences the note's question is recorded as a fact, with its basis (helper-69).
        details: [
          { id: 'csecConfirmedOn', kind: 'line', label: 'When it was confirmed', type: 'date', onlyFor: CSEC_CONFIRMED_FOR },
          {
            id: 'csecConfirmedHow',
            kind: 'text',
            label: 'Who confirmed it, and how',
            hint: 'DCFS or the court. For example: a CSEC unit is assigned, or the youth has openly disclosed to the team.',
            onlyFor: CSEC_CONFIRMED_FOR,
          },
        ],
      },
    ],
    advice: ['confidentiality-csec-status-court'],
  },
  {
    id: 'warning-signs',
    title: 'Warning signs and triggers',
    prompt: 'Situations, people, feelings or messages that come before danger.',
    fields: [{ id: 'warningSigns', kind: 'text', label: 'Warning signs and triggers' }],
    advice: ['red-flag-older-partner', 'recruitment-internet', 'tactic-intimate-partner'],
  },
  {
    id: 'strengths',
    title: 'Strengths and things that help me cope',
    prompt: 'The youth’s strengths, and what they can do alone to calm down or stay safe.',
    fields: [
      { id: 'strengths', kind: 'text', label: 'Strengths' },
      { id: 'coping', kind: 'text', label: 'Things that help me cope' },
    ],
    advice: ['approach-support-healing'],
  },
  {
    id: 'people',
    title: 'My top 3 people',
    prompt: 'Up to three trusted people (a fourth if needed): name as the youth says it, relationship, how to reach them.',
    fields: [
      {
        id: 'people',
        kind: 'rows',
        label: 'Trusted people',
        max: 4,
        addLabel: 'Add a person',
        columns: [
          { id: 'name', label: 'Name' },
          { id: 'relationship', label: 'Relationship' },
          { id: 'contact', label: 'How to reach them', type: 'tel' },
        ],
      },
    ],
    advice: ['harm-reduction-top-3-people'],
  },
  {
    id: 'places',
    title: 'Safe places',
    prompt: 'Places the youth can go, and how to get there.',
    fields: [
      {
        id: 'places',
        kind: 'rows',
        label: 'Safe places',
        max: 10,
        addLabel: 'Add a place',
        columns: [
          { id: 'place', label: 'Place' },
          { id: 'route', label: 'How to get there' },
        ],
      },
    ],
    advice: [],
  },
  {
    id: 'code-word',
    title: 'Code word or signal',
    prompt: 'A word or emoji the youth can send, and what the person who receives it should do.',
    fields: [
      { id: 'codeWord', kind: 'line', label: 'Code word or signal' },
      { id: 'codeWordAction', kind: 'text', label: 'What the person receiving it should do' },
    ],
    advice: [],
    practice: 'Safety-planning practice (National Human Trafficking Hotline): agree on a code word or signal in advance.',
  },
  {
    id: 'numbers',
    title: 'Numbers to memorize',
    prompt: 'The numbers the youth should know by heart. Printable as a wallet card.',
    fields: [
      {
        id: 'numbers',
        kind: 'rows',
        label: 'Numbers',
        max: 12,
        addLabel: 'Add a number',
        columns: [
          { id: 'label', label: 'Who' },
          { id: 'number', label: 'Number', type: 'tel' },
        ],
      },
    ],
    advice: ['resources-numbers-to-memorize'],
  },
  {
    id: 'go-bag',
    title: 'Go-bag and documents',
    prompt: 'What to have ready, and where copies are kept.',
    fields: [
      {
        id: 'goBag',
        kind: 'checklist',
        label: 'Ready to go',
        items: ['ID', 'Birth certificate', 'Social Security card', 'Medications', 'Phone charger', 'Some money'],
      },
      { id: 'copiesKept', kind: 'text', label: 'Where copies are kept' },
    ],
    advice: [],
    practice:
      'Safety-planning practice (National Human Trafficking Hotline): keep important documents together, with copies somewhere safe.',
  },
  {
    id: 'phone-safety',
    title: 'Phone and online safety',
    prompt: 'Location sharing, who has passwords, apps and accounts to review, a safe way to reach the CASA.',
    fields: [{ id: 'phoneSafety', kind: 'text', label: 'Phone and online safety' }],
    advice: ['recruitment-internet'],
  },
  {
    id: 'harm-reduction',
    title: 'Harm reduction if not ready to leave',
    prompt: 'Steps that reduce harm now: check-ins, a buddy, health resources, who to call if something goes wrong.',
    fields: [{ id: 'harmReduction', kind: 'text', label: 'Steps that reduce harm' }],
    advice: ['harm-reduction-not-ready', 'harm-reduction-reduce-harm'],
  },
  {
    id: 'services',
    title: 'Services and supports',
    prompt: 'What has been requested or is in place, with notes.',
    fields: [
      {
        id: 'services',
        kind: 'rows',
        label: 'Services',
        max: 20,
        addLabel: 'Add a service',
        columns: [
          { id: 'service', label: 'Service' },
          { id: 'status', label: 'Status', type: 'choice', choices: SERVICE_STATUSES },
          { id: 'notes', label: 'Notes' },
        ],
      },
    ],
    advice: ['advocacy-advocate-for-resources'],
  },
  {
    id: 'leaves-placement',
    title: 'If the youth leaves placement',
    prompt: 'Who to tell, what the advocate will not do, and what to say when the youth returns.',
    fields: [
      { id: 'whoToTell', kind: 'text', label: 'Who to tell' },
      { id: 'returnNotes', kind: 'text', label: 'What to say when the youth returns' },
    ],
    advice: ['avoid-picking-up-youth', 'avoid-contacting-trafficker'],
  },
  {
    id: 'team',
    title: 'Case team',
    prompt: 'CSW, attorney, CLC case manager, supervisor, therapist; MDT meeting dates and notes.',
    fields: [
      {
        id: 'team',
        kind: 'rows',
        label: 'Team',
        max: 12,
        addLabel: 'Add a team member',
        columns: [
          { id: 'role', label: 'Role' },
          { id: 'name', label: 'Name' },
          { id: 'contact', label: 'Contact', type: 'tel' },
        ],
      },
      { id: 'mdtNotes', kind: 'text', label: 'MDT meetings: dates and notes' },
    ],
    advice: ['info-case-parties', 'info-mdt'],
  },
  {
    id: 'review',
    title: 'Review',
    prompt: 'When to look at the plan again, and what changed since the last review.',
    fields: [
      { id: 'nextReview', kind: 'line', label: 'Next review date', type: 'date' },
      { id: 'changes', kind: 'text', label: 'What changed since the last review' },
    ],
    advice: [],
  },
];

/** Every field, by id. */
export const PLAN_FIELDS: ReadonlyMap<string, Field> = new Map(
  PLAN_SECTIONS.flatMap((s) => sectionFields(s).map((f) => [f.id, f] as const)),
);

/** The "what to say when the youth returns" phrasings offered in section 12, each insertable. */
export const RETURN_PHRASE_IDS = [
  'phrase-here-to-talk',
  'phrase-what-led-you-to-leave',
  'phrase-support-differently',
  'phrase-where-did-you-go',
  'phrase-safety-plan',
] as const;
