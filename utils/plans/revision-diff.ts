import { PLAN_FIELDS } from './form';
import type { FieldValue, PlanData } from './model';

/** A field's value in a form two copies can be compared in: ticks as the set of those ticked. */
function comparable(value: FieldValue | undefined): string {
  if (value === undefined || typeof value === 'string') return value ?? '';
  if (Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(
    Object.keys(value)
      .filter((k) => value[k])
      .sort(),
  );
}

/**
 * The fields (ids, in the form's order) whose values differ between two copies of a plan: what
 * an earlier version would change if restored, so it can be chosen without restoring it to see
 * (helper-70 F9: the list showed only times).
 */
export const changedFieldIds = (a: PlanData, b: PlanData): string[] =>
  [...PLAN_FIELDS.keys()].filter((id) => comparable(a[id]) !== comparable(b[id]));
