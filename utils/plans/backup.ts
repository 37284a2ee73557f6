import { t } from '@/utils/i18n';
import {
  deriveKek,
  isAllowedKdf,
  KDF_ITERATIONS,
  KDF_MIN_ITERATIONS,
  newKdfParams,
  open,
  seal,
  type KdfParams,
  type Sealed,
} from './crypto';
import type { Plan } from './model';
import { checkObservation } from './observation-checks';
import type { Observation } from './observation-model';
import { checkPlan, describePlanProblem, isCount, isObject, type RecordKind } from './plan-checks';

/**
 * The backup file's own format name and version, so future versions can read old files.
 * Version 2 added `observations`; version 1 files (plans only) still import. An older
 * extension refuses a version 2 file rather than silently dropping its observations.
 */
export const BACKUP_FORMAT = 'csec-safety-plans';
export const BACKUP_VERSION = 2;
/** Larger files are refused before reading or parsing: no advocate has this many plans. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Why a file over MAX_BACKUP_BYTES is refused, in the interface language. */
export const backupTooLarge = (): string => t('backup_too_large');
const MAX_PLANS = 10_000;
const MAX_OBSERVATIONS = 500_000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  plans: Plan[];
  /** Each belongs to one of `plans` (absent in version 1 files). */
  observations?: Observation[];
}

export type ParsedBackup = { ok: true; plans: Plan[]; observations: Observation[] } | { ok: false; error: string };

/** A backup of `plans` and those of `observations` that belong to them (a plan left out takes its observations along). */
export function createBackup(plans: readonly Plan[], now: number, observations: readonly Observation[] = []): BackupFile {
  const ids = new Set(plans.map((p) => p.id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    plans: [...plans],
    observations: observations.filter((o) => ids.has(o.planId)),
  };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup, null, 2);
}

/** "safety-plans-2026-11-29.json" */
export function backupFileName(now: number): string {
  return `safety-plans-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * Reads a backup file's text. Never throws: a damaged, truncated or foreign file gives a
 * message saying what is wrong, and the caller imports nothing.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: backupTooLarge() };
  if (!mayBeBackup(text)) return { ok: false, error: t('backup_not_backup') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t('backup_not_json') };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: t('backup_not_backup') };
  }
  if (!isCount(json.version) || json.version < 1) return { ok: false, error: t('backup_no_version') };
  if (json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: t('backup_newer', String(json.version)),
    };
  }
  if (!Array.isArray(json.plans)) return { ok: false, error: t('backup_no_plans') };
  if (json.plans.length > MAX_PLANS) return { ok: false, error: t('backup_too_many_plans') };
  const plans = uniqueById(json.plans, checkPlan);
  if (typeof plans === 'string') return { ok: false, error: plans };
  const observations = parseObservations(json.observations, new Set(plans.map((p) => p.id)));
  if (typeof observations === 'string') return { ok: false, error: observations };
  return { ok: true, plans, observations };
}

/**
 * The checked records of a file; or what is wrong with the first bad one. Two records with one
 * id are refused: this extension never writes such a file, and which of them is the plan (and
 * whose observations are whose) cannot be known, so keeping either could overwrite a different
 * plan here.
 */
function uniqueById<T extends Plan | Observation>(
  records: unknown[],
  check: (value: unknown) => T | string,
  what: RecordKind = 'plan',
): T[] | string {
  const firstIndex = new Map<string, number>();
  const checked: T[] = [];
  for (const [i, raw] of records.entries()) {
    const record = check(raw);
    if (typeof record === 'string') return describePlanProblem(i, records.length, record, what);
    const first = firstIndex.get(record.id);
    if (first !== undefined)
      return describePlanProblem(
        i,
        records.length,
        t(what === 'plan' ? 'import_same_id_plan' : 'import_same_id_observation', first + 1),
        what,
      );
    firstIndex.set(record.id, i);
    checked.push(record);
  }
  return checked;
}

/** A file's observations (none in version 1 files), each belonging to one of the file's plans. */
function parseObservations(value: unknown, planIds: ReadonlySet<string>): Observation[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return t('backup_observations_damaged');
  if (value.length > MAX_OBSERVATIONS) return t('backup_too_many_observations');
  const observations = uniqueById(value, checkObservation, 'observation');
  if (typeof observations === 'string') return observations;
  const orphan = value.findIndex((o: { planId?: unknown }) => !planIds.has(o.planId as string));
  return orphan < 0 ? observations : describePlanProblem(orphan, value.length, t('import_orphan_in_file'), 'observation');
}

/** A backup encrypted with its own passphrase: the plain backup file's text, sealed. */
export const ENCRYPTED_BACKUP_FORMAT = 'csec-safety-plans-encrypted';
const BACKUP_AAD = 'csec-backup|v1';

interface EncryptedBackup {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: 1;
  kdf: KdfParams;
  sealed: Sealed;
}

export async function encryptBackup(text: string, passphrase: string, iterations = KDF_ITERATIONS): Promise<string> {
  const kdf = newKdfParams(iterations);
  const sealed = await seal(await deriveKek(passphrase, kdf), new TextEncoder().encode(text), BACKUP_AAD);
  const file: EncryptedBackup = { format: ENCRYPTED_BACKUP_FORMAT, version: 1, kdf, sealed };
  return JSON.stringify(file, null, 2);
}

/** True when the file is an encrypted backup (so the page asks for its passphrase first). */
export const isEncryptedBackup = (text: string): boolean => encryptedBackupCheck(text).encrypted;

/**
 * False for a file that is not a backup at a glance: every backup is a JSON object, so an
 * image, a PDF or a document (anything not starting with “{”) is called what it is, not
 * “damaged” — and is never sent to plan storage (helper-68). Empty or cut-off JSON is left to
 * parseBackup, which calls it damaged.
 */
export function mayBeBackup(text: string): boolean {
  const start = text.trimStart();
  return start === '' || start.startsWith('{');
}

/**
 * One read of a chosen file, for the page: whether it is an encrypted backup (so its passphrase
 * is asked for), and if so what is wrong with its outside — a file marked encrypted that holds
 * no sealed data is damaged whatever the passphrase. The KDF settings are checked where it opens.
 */
export function encryptedBackupCheck(text: string): { encrypted: false } | { encrypted: true; problem?: string } {
  let file: Partial<Record<keyof EncryptedBackup, unknown>>;
  try {
    file = JSON.parse(text) as Partial<Record<keyof EncryptedBackup, unknown>>;
  } catch {
    return { encrypted: false };
  }
  if (file?.format !== ENCRYPTED_BACKUP_FORMAT) return { encrypted: false };
  return file.version === 1 && isObject(file.kdf) && isObject(file.sealed)
    ? { encrypted: true }
    : { encrypted: true, problem: t('backup_encrypted_damaged') };
}

/** The plain backup text inside an encrypted backup, or what is wrong. Never throws. */
export async function decryptBackup(
  text: string,
  passphrase: string | undefined,
  minIterations = KDF_MIN_ITERATIONS,
): Promise<{ ok: true; text: string } | { ok: false; error: string; wrongPassphrase?: boolean }> {
  let file: Partial<EncryptedBackup>;
  try {
    file = JSON.parse(text) as Partial<EncryptedBackup>;
  } catch {
    return { ok: false, error: t('backup_not_json') };
  }
  // KDF settings this extension would not make are refused before any work (a crafted file
  // could otherwise stall every edit behind a derivation of minutes).
  if (file.version !== 1 || !isAllowedKdf(file.kdf, minIterations) || !file.sealed) {
    return { ok: false, error: t('backup_encrypted_damaged') };
  }
  if (!passphrase)
    return {
      ok: false,
      error: t('backup_needs_passphrase'),
      wrongPassphrase: true,
    };
  try {
    const bytes = await open(await deriveKek(passphrase, file.kdf), file.sealed, BACKUP_AAD);
    return { ok: true, text: new TextDecoder().decode(bytes) };
  } catch {
    return {
      ok: false,
      error: t('backup_wrong_passphrase'),
      wrongPassphrase: true,
    };
  }
}
