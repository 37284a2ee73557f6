import { PLAN_FIELDS, type Field } from './form';
import { checkObservationData } from './observation-checks';
import { OBSERVATION_FIELDS } from './observation-model';
import { checkFieldValue } from './model';
import { isCount, isPlanId, isWriterId } from './plan-checks';
import { ERASE_ALL_CONFIRM, type PlanMethod, type PlanRequest } from './protocol';
import { checkNewPassphrase } from './vault';

/** Every method, as a record so the compiler insists a new method is listed here too. */
const METHOD_NAMES: Record<PlanMethod, true> = {
  list: true,
  get: true,
  create: true,
  patch: true,
  duplicate: true,
  remove: true,
  revisions: true,
  restore: true,
  exportAll: true,
  exportEncrypted: true,
  importBackup: true,
  vaultStatus: true,
  unlockWait: true,
  setUpVault: true,
  unlock: true,
  lock: true,
  changePassphrase: true,
  disableVault: true,
  observations: true,
  createObservation: true,
  patchObservation: true,
  removeObservation: true,
  observationRevisions: true,
  restoreObservation: true,
  eraseAll: true,
};
const METHODS: ReadonlySet<string> = new Set(Object.keys(METHOD_NAMES));

/** Whether a port message is a well-formed request for a known method (its arguments are checked by checkRequest). */
export function isRequest(message: unknown): message is PlanRequest {
  const m = message as Partial<PlanRequest> | null;
  return (
    !!m &&
    m.kind === 'request' &&
    typeof m.seq === 'number' &&
    typeof m.method === 'string' &&
    METHODS.has(m.method) &&
    typeof m.args === 'object' &&
    m.args !== null
  );
}

/** Methods whose `id` names a plan; an observation; whose `planId` names a plan. */
const WITH_PLAN_ID = new Set<PlanMethod>(['get', 'create', 'patch', 'duplicate', 'remove', 'revisions', 'restore']);
const WITH_OBSERVATION_ID = new Set<PlanMethod>([
  'createObservation',
  'patchObservation',
  'removeObservation',
  'observationRevisions',
  'restoreObservation',
]);
const WITH_PLAN_ID_ARG = new Set<PlanMethod>(['observations', 'createObservation']);

/** A field write (a plan's or an observation's): a known field of `fields`, a value it accepts, a valid base and writer. */
function fieldWriteProblem(a: Record<string, unknown>, fields: ReadonlyMap<string, Field>): string | undefined {
  if (!isCount(a.baseRev) || !isWriterId(a.clientId)) return 'That change is not valid. Nothing was changed.';
  const field = typeof a.fieldId === 'string' ? fields.get(a.fieldId) : undefined;
  return field ? checkFieldValue(field, a.value) : 'Unknown field.';
}

/** A new passphrase (the lock's, or an encrypted backup's) must be long enough here too, not only in the form. */
const newPassphraseProblem = (value: unknown) => (typeof value === 'string' ? checkNewPassphrase(value, value) : 'Enter a passphrase.');

/**
 * Why a request's arguments are refused, or undefined. The service is the single writer, so
 * it checks every argument itself rather than trusting the page that sent it: whatever it
 * stores is something its own export and import accept.
 */
export function checkRequest({ method, args }: PlanRequest): string | undefined {
  const a = args as Record<string, unknown>;
  if (WITH_PLAN_ID.has(method) && !isPlanId(a.id)) return 'That plan id is not valid. Nothing was changed.';
  if (WITH_PLAN_ID_ARG.has(method) && !isPlanId(a.planId)) return 'That plan id is not valid. Nothing was changed.';
  if (WITH_OBSERVATION_ID.has(method) && !isPlanId(a.id)) return 'That observation id is not valid. Nothing was changed.';
  switch (method) {
    case 'patch':
      return fieldWriteProblem(a, PLAN_FIELDS);
    case 'patchObservation':
      return fieldWriteProblem(a, OBSERVATION_FIELDS);
    case 'createObservation':
      return checkObservationData(a.data);
    case 'duplicate':
      return checkFieldValue(PLAN_FIELDS.get('nickname')!, a.nickname);
    case 'restore':
    case 'restoreObservation':
      return isCount(a.key) && isWriterId(a.clientId) ? undefined : 'That earlier version is not valid. Nothing was changed.';
    case 'importBackup':
      return typeof a.text === 'string' && (a.passphrase === undefined || typeof a.passphrase === 'string')
        ? undefined
        : 'That is not a backup file. Nothing was imported.';
    case 'exportAll':
      return a.passphrase === undefined || typeof a.passphrase === 'string' ? undefined : 'Enter the passphrase.';
    case 'setUpVault':
    case 'exportEncrypted':
      return newPassphraseProblem(a.passphrase);
    case 'changePassphrase':
      if (a.newKey !== undefined && typeof a.newKey !== 'boolean') return 'That request is not valid. Nothing was changed.';
      return typeof a.current === 'string' ? newPassphraseProblem(a.next) : 'Enter the current passphrase.';
    case 'eraseAll':
      return a.confirm === ERASE_ALL_CONFIRM ? undefined : 'That request is not valid. Nothing was erased.';
    case 'unlock':
    case 'disableVault':
      return typeof a.passphrase === 'string' ? undefined : 'Enter the passphrase.';
    default:
      return undefined;
  }
}
