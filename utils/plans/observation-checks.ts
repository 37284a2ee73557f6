import { t } from '@/utils/i18n';
import { OBSERVATION_FIELDS, type Observation } from './observation-model';
import { checkData, checkStamps, isCount, isFileId, isObject, isTime, withUniqueRowIds } from './plan-checks';

/**
 * Checks for observations that come from outside the single writer (a backup file, a page's
 * request), as plan-checks.ts does for plans: each is rebuilt from known parts only.
 */

/** One whole observation, checked field by field and rebuilt; a string says what is wrong. */
export function checkObservation(value: unknown): Observation | string {
  if (!isObject(value)) return t('import_not_observation');
  const { id, planId, rev, createdAt, updatedAt, data, fieldStamps = {}, snapshotAt = updatedAt } = value;
  if (!isFileId(id)) return t('import_no_id');
  if (!isFileId(planId)) return t('import_no_plan_id');
  if (!isCount(rev) || rev < 1) return t('import_no_rev');
  if (!isTime(createdAt) || !isTime(updatedAt) || !isTime(snapshotAt)) return t('import_bad_times');
  const problem = checkData(data, OBSERVATION_FIELDS);
  if (problem) return problem;
  const stamps = checkStamps(fieldStamps, OBSERVATION_FIELDS);
  if (typeof stamps === 'string') return stamps;
  return {
    id,
    planId,
    rev,
    createdAt,
    updatedAt,
    snapshotAt,
    data: withUniqueRowIds(data as Observation['data'], OBSERVATION_FIELDS),
    fieldStamps: stamps,
  };
}

/** A new observation's contents sent by a page: known fields with values they accept. */
export const checkObservationData = (data: unknown): string | undefined => {
  const problem = checkData(data, OBSERVATION_FIELDS);
  if (!problem) return undefined;
  return problem.startsWith(': ') ? problem.slice(2) : t('request_observation_problem', problem);
};
