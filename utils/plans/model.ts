import { shownObservationField, shownPlanFieldOf } from '@/utils/observations/shown-field';
import { dateParts } from '@/utils/observations/dates';
import { t } from '@/utils/i18n';
import { numbersToMemorizeLines } from '@/content/memorize';
import { PLAN_FIELDS, SERVICE_STATUSES, type Field } from './form';

/** One row of a row field; `id` keeps rows stable while they are edited and reordered. */
export type Row = { id: string } & Record<string, string>;
export type FieldValue = string | Row[] | Record<string, boolean>;
export type PlanData = Record<string, FieldValue>;

/** Who last wrote a field, and at which plan revision (see `applyPatch`). */
export interface FieldStamp {
  rev: number;
  by: string;
}

/** A safety plan as stored. */
export interface Plan {
  id: string;
  /** Goes up by one with every committed write; a write based on an older rev is checked. */
  rev: number;
  createdAt: number;
  updatedAt: number;
  data: PlanData;
  fieldStamps: Record<string, FieldStamp>;
  /** When the last revision snapshot was taken (see the repository). */
  snapshotAt: number;
}

/** A stored earlier version of a plan's contents. */
export interface Revision {
  key: number;
  planId: string;
  savedAt: number;
  data: PlanData;
}

/** What the plan list shows. */
export interface PlanSummary {
  id: string;
  nickname: string;
  updatedAt: number;
  /** ISO date, or "" when no review date is set. */
  nextReview: string;
  /** Its stored record is damaged and cannot be opened: it can only be deleted (or restored from a backup). */
  damaged?: true;
}

/** Longest values accepted; a longer paste is refused with a message and changes nothing. */
export const LIMITS = { line: 200, text: 20_000, cell: 500 } as const;

/** A random id that is safe in URLs and file names. */
export function newId(random: () => string = () => crypto.randomUUID()): string {
  return random();
}

/**
 * The guide's "numbers youth should memorize", as plan rows: the national lines first, with
 * the number their own guide entries give, then blanks for the numbers the advocate fills in
 * (contacts.md: never hard-coded). One list, so a number changed in the guide changes here too.
 */
function memorizeRows(makeId: () => string): Row[] {
  const withNumber = numbersToMemorizeLines.filter((l) => l.contact?.phones?.length);
  const blanks = numbersToMemorizeLines.filter((l) => !l.contact);
  return [
    ...withNumber.map((l) => ({ id: makeId(), label: l.name, number: l.contact?.phones?.[0]?.number ?? '' })),
    ...blanks.map((l) => ({ id: makeId(), label: l.name, number: '' })),
  ];
}

/**
 * The services a new plan starts with, from the guide's advocacy entries. Stored in English in
 * every interface, like the form's choices: a Spanish page shows them in content/es's words
 * (PLAN_FORM_ES.presets), so a plan reads right in either language and its progress, backups and
 * tests see one value.
 */
export const STARTING_SERVICES = [
  'Saving Innocence worker',
  'More intensive therapy (e.g. EMDR)',
  'Secondary DCFS social worker',
  'Restoration Funds',
  'Career exploration',
  'Health and mental-health care',
  'ID and housing needs',
  "Legal services (Alliance for Children's Rights)",
] as const;

/** What a new plan starts with: the numbers to memorize and the services from the guide. */
export function newPlanData(makeId: () => string = newId): PlanData {
  const numbers = memorizeRows(makeId);
  const services = STARTING_SERVICES.map((service) => ({ id: makeId(), service, status: SERVICE_STATUSES[0], notes: '' }));
  return { numbers, services };
}

/** A new, empty plan. */
export function createPlan(now: number, id = newId(), makeId: () => string = newId): Plan {
  return { id, rev: 1, createdAt: now, updatedAt: now, data: newPlanData(makeId), fieldStamps: {}, snapshotAt: now };
}

export function textValue(plan: Pick<Plan, 'data'>, fieldId: string): string {
  const value = plan.data[fieldId];
  return typeof value === 'string' ? value : '';
}

export function rowsValue(plan: Pick<Plan, 'data'>, fieldId: string): Row[] {
  const value = plan.data[fieldId];
  return Array.isArray(value) ? value : [];
}

export function summarize(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    nickname: textValue(plan, 'nickname'),
    updatedAt: plan.updatedAt,
    nextReview: textValue(plan, 'nextReview'),
  };
}

/** "" (no date) or a date on the calendar as date inputs give it, YYYY-MM-DD (a file's "2026-13-45" is not one). */
const isDateText = (value: string) => value === '' || dateParts(value) !== undefined;

/** A field's label as the advocate sees it on screen (its Spanish words in a Spanish interface); only for a refusal, never per keystroke. */
const labelOf = (field: Field): string =>
  (PLAN_FIELDS.get(field.id) === field ? shownPlanFieldOf(field) : shownObservationField(field.id)).field.label;

/** Why `value` cannot go into `field`, in words for the advocate; undefined when it can. */
export function checkFieldValue(field: Field, value: unknown): string | undefined {
  const tooLong = (s: string, max: number) =>
    t('check_too_long', labelOf(field), s.length.toLocaleString('en-US'), max.toLocaleString('en-US'));
  switch (field.kind) {
    case 'line':
    case 'text': {
      if (typeof value !== 'string') return t('check_text', labelOf(field));
      const max = field.kind === 'line' ? LIMITS.line : LIMITS.text;
      if (value.length > max) return tooLong(value, max);
      if (field.kind === 'line' && field.type === 'date' && !isDateText(value)) return t('check_date', labelOf(field));
      return undefined;
    }
    case 'choice':
      return value === '' || (typeof value === 'string' && field.choices.includes(value)) ? undefined : t('check_choice', labelOf(field));
    case 'checklist':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return t('check_checklist', labelOf(field));
      return Object.entries(value).every(([k, v]) => field.items.includes(k) && typeof v === 'boolean')
        ? undefined
        : t('check_items', labelOf(field));
    case 'rows': {
      if (!Array.isArray(value)) return t('check_list', labelOf(field));
      if (value.length > field.max) return t('check_rows_max', labelOf(field), field.max);
      const columns = new Set(['id', ...field.columns.map((c) => c.id)]);
      const dates = new Set(field.columns.filter((c) => c.type === 'date').map((c) => c.id));
      for (const row of value) {
        if (!row || typeof row !== 'object' || typeof (row as Row).id !== 'string') return t('check_row_malformed', labelOf(field));
        for (const [k, v] of Object.entries(row)) {
          if (!columns.has(k) || typeof v !== 'string') return t('check_row_column', labelOf(field));
          if (v.length > LIMITS.cell) return tooLong(v, LIMITS.cell);
          if (dates.has(k) && !isDateText(v)) return t('check_row_date', labelOf(field));
        }
      }
      return undefined;
    }
  }
}
