import { PLAN_FIELDS, type Field, type Section } from './form';
import { fieldDisplayValue } from './format';
import { newPlanData, rowsValue, type Plan, type Row } from './model';

type RowsField = Extract<Field, { kind: 'rows' }>;

/** What a row holds, as text: a choice column counts only when it is not its first (default) choice. */
function rowContent(field: RowsField, row: Row): string[] {
  return field.columns.map((c) => {
    const value = (row[c.id] ?? '').trim();
    return c.type === 'choice' && value === c.choices?.[0] ? '' : value;
  });
}

/** The rows every new plan starts with (numbers to memorize, services), by content. */
const STARTING_ROWS = newPlanData(() => '');

/**
 * Whether the advocate has filled a field in. A list counts once it holds a row of its own or
 * a starting row they changed: the numbers and services a new plan starts with do not.
 */
export function isFieldFilled(field: Field, plan: Pick<Plan, 'data'>): boolean {
  if (field.kind !== 'rows') return fieldDisplayValue(field, plan) !== '';
  const starting = new Set(rowsValue({ data: STARTING_ROWS }, field.id).map((r) => JSON.stringify(rowContent(field, r))));
  return rowsValue(plan, field.id).some((row) => {
    const content = rowContent(field, row);
    return content.some(Boolean) && !starting.has(JSON.stringify(content));
  });
}

/**
 * A section's fill status: "3 of 5" fields filled in, and how many rows its lists not filled in
 * yet already hold (the numbers and services a new plan starts with): "0 of 1" alone read as
 * empty over four hotlines (helper-60).
 */
export function sectionProgress(section: Section, plan: Pick<Plan, 'data'>): { filled: number; total: number; listed?: number } {
  const open = section.fields.filter((f) => !isFieldFilled(f, plan));
  const listed = open
    .filter((f): f is RowsField => f.kind === 'rows')
    .reduce((n, f) => n + rowsValue(plan, f.id).filter((row) => rowContent(f, row).some(Boolean)).length, 0);
  return { filled: section.fields.length - open.length, total: section.fields.length, ...(listed ? { listed } : {}) };
}

/** Nothing the advocate filled in: no nickname, no field beyond the rows a new plan starts with. */
export function isBlankPlan(plan: Pick<Plan, 'data'>): boolean {
  return [...PLAN_FIELDS.values()].every((field) => !isFieldFilled(field, plan));
}
