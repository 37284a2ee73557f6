import { PlanStorageError } from './errors';
import { PLAN_FIELDS, type Field } from './form';
import { t } from '@/utils/i18n';
import { checkFieldValue, type FieldStamp, type FieldValue, type Plan } from './model';

/**
 * Checks for plans that come from outside the single writer (a backup file, a page's request).
 * Each check rebuilds what it accepts from known parts only, so nothing unexpected (an extra
 * key, a deeply nested value, a prototype trick) reaches storage.
 */

/** The longest plan id accepted: the extension makes 36-character UUIDs. */
export const MAX_ID_LENGTH = 100;

/** A plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A whole number ≥ 0. */
// Safe integers only: a revision of 1e300 could never be raised by an edit (1e300 + 1 === 1e300).
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** A time in milliseconds since 1970, no later than the last one a JavaScript date can hold. */
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;

/** Whether `value` can be a plan id: a string of 1 to 100 characters. */
export const isPlanId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/**
 * An id a backup file may carry: ASCII letters, digits and . _ : - (the extension writes UUIDs),
 * starting with a letter or digit. Spaces, invisible characters, lookalike letters and
 * "__proto__" never pass, so an id never reads as another or means more than a key. Ids are
 * compared exactly, as IndexedDB keys are: "ABC" and "abc" are two records, and a backup of
 * them restores.
 */
const FILE_ID = /^[A-Za-z0-9][\w.:-]*$/;
export const isFileId = (value: unknown): value is string => isPlanId(value) && FILE_ID.test(value);

/** A writer's id in edit stamps (a window's random id, or "import"): short text. */
export const isWriterId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID_LENGTH;

/** Edit stamps rebuilt as { rev, by } for the fields in `fields`; a string says what is wrong. */
export function checkStamps(value: unknown, fields: ReadonlyMap<string, Field> = PLAN_FIELDS): Record<string, FieldStamp> | string {
  if (!isObject(value)) return t('import_bad_stamps');
  const stamps: Record<string, FieldStamp> = {};
  for (const [fieldId, stamp] of Object.entries(value)) {
    if (!isObject(stamp) || !isCount(stamp.rev) || !isWriterId(stamp.by)) return t('import_bad_stamps');
    if (fields.has(fieldId)) stamps[fieldId] = { rev: stamp.rev, by: stamp.by };
  }
  return stamps;
}

/** Contents whose every field is one of `fields` and holds a value it accepts; a string says what is wrong. */
export function checkData(data: unknown, fields: ReadonlyMap<string, Field>): string | undefined {
  if (!isObject(data)) return t('import_no_contents');
  for (const [fieldId, fieldValue] of Object.entries(data)) {
    const field = fields.get(fieldId);
    if (!field) return t('import_unknown_field', fieldId.slice(0, 40));
    const problem = checkFieldValue(field, fieldValue);
    if (problem) return `: ${problem}`;
  }
  return undefined;
}

/**
 * A file's lists with no two rows sharing an id (rows are drawn, edited and removed by it): a
 * later row repeating one becomes "<id>-2" (or the next number no row has). The same each time
 * the file is read, and every row is kept, so a backup holding such rows restores.
 */
export function withUniqueRowIds<T extends Record<string, FieldValue>>(data: T, fields: ReadonlyMap<string, Field>): T {
  const out: Record<string, FieldValue> = { ...data };
  for (const [fieldId, value] of Object.entries(data)) {
    if (fields.get(fieldId)?.kind !== 'rows' || !Array.isArray(value)) continue;
    // A new name is one no row of the list has, so a row already called "r1-2" keeps its id.
    const used = new Set(value.map((row) => row.id));
    const kept = new Set<string>();
    out[fieldId] = value.map((row) => {
      if (!kept.has(row.id)) {
        kept.add(row.id);
        return row;
      }
      let n = 2;
      while (used.has(`${row.id}-${n}`)) n++;
      used.add(`${row.id}-${n}`);
      return { ...row, id: `${row.id}-${n}` };
    });
  }
  return out as T;
}

/** One whole plan, checked field by field and rebuilt; a string says what is wrong. */
export function checkPlan(value: unknown): Plan | string {
  if (!isObject(value)) return t('import_not_plan');
  const { id, rev, createdAt, updatedAt, data, fieldStamps = {}, snapshotAt = updatedAt } = value;
  if (!isFileId(id)) return t('import_no_id');
  if (!isCount(rev) || rev < 1) return t('import_no_rev');
  if (!isTime(createdAt) || !isTime(updatedAt) || !isTime(snapshotAt)) return t('import_bad_times');
  const problem = checkData(data, PLAN_FIELDS);
  if (problem) return problem;
  const stamps = checkStamps(fieldStamps);
  if (typeof stamps === 'string') return stamps;
  return { id, rev, createdAt, updatedAt, snapshotAt, data: withUniqueRowIds(data as Plan['data'], PLAN_FIELDS), fieldStamps: stamps };
}

/** Which kind of record a file's problem is in. */
export type RecordKind = 'plan' | 'observation';

/**
 * "Plan 2 of 5 has no valid id. Nothing was imported." — what is wrong in a file, once, in the
 * panel's language. A problem starting with ": " is a field's message, a sentence of its own.
 */
export function describePlanProblem(index: number, count: number, problem: string, what: RecordKind = 'plan'): string {
  // A field's refusal may end “Nothing was changed.” (as when typed); the file's ending says it here.
  const nothingChanged = t('nothing_changed');
  const why = (problem.endsWith(nothingChanged) ? problem.slice(0, -nothingChanged.length).trimEnd() : problem).replace(/\.$/, '');
  const record = t(what === 'plan' ? 'import_what_plan' : 'import_what_observation');
  return why.startsWith(': ')
    ? t('import_problem_in', record, index + 1, count, why.slice(2))
    : t('import_problem', record, index + 1, count, why);
}

/** Every record checked with `check`, rebuilt; the first bad one refuses them all with what is wrong (`what`: its kind). */
export function checkEach<T>(records: readonly unknown[], check: (value: unknown) => T | string, what: RecordKind): T[] {
  return records.map((record, i) => {
    const result = check(record);
    if (typeof result === 'string') throw new PlanStorageError('invalid', describePlanProblem(i, records.length, result, what));
    return result;
  });
}
