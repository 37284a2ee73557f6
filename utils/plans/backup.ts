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
import { checkPlan, describePlanProblem, isCount, isObject } from './plan-checks';

/** The backup file's own format name and version, so future versions can read old files. */
export const BACKUP_FORMAT = 'csec-safety-plans';
export const BACKUP_VERSION = 1;
/** Larger files are refused before reading or parsing: no advocate has this many plans. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const BACKUP_TOO_LARGE = 'This file is too large to be a safety-plan backup (over 50 MB). Nothing was imported.';
const MAX_PLANS = 10_000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  plans: Plan[];
}

export type ParsedBackup = { ok: true; plans: Plan[] } | { ok: false; error: string };

export function createBackup(plans: readonly Plan[], now: number): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), plans: [...plans] };
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
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: BACKUP_TOO_LARGE };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is damaged or incomplete: it is not valid JSON. Nothing was imported.' };
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a safety-plan backup from this extension. Nothing was imported.' };
  }
  if (!isCount(json.version) || json.version < 1)
    return { ok: false, error: 'This backup has no valid format version. Nothing was imported.' };
  if (json.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of the extension (format ${json.version}). Update the extension to import it. Nothing was imported.`,
    };
  }
  if (!Array.isArray(json.plans)) return { ok: false, error: 'This backup has no list of plans. Nothing was imported.' };
  if (json.plans.length > MAX_PLANS)
    return { ok: false, error: 'This backup holds more plans than the extension can import. Nothing was imported.' };
  const byId = new Map<string, Plan>();
  for (const [i, raw] of json.plans.entries()) {
    const plan = checkPlan(raw);
    if (typeof plan === 'string') return { ok: false, error: describePlanProblem(i, json.plans.length, plan) };
    const seen = byId.get(plan.id);
    if (!seen || plan.updatedAt > seen.updatedAt || (plan.updatedAt === seen.updatedAt && plan.rev > seen.rev)) byId.set(plan.id, plan);
  }
  return { ok: true, plans: [...byId.values()] };
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
export function isEncryptedBackup(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;
  } catch {
    return false;
  }
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
    return { ok: false, error: 'This file is damaged or incomplete: it is not valid JSON. Nothing was imported.' };
  }
  // KDF settings this extension would not make are refused before any work (a crafted file
  // could otherwise stall every edit behind a derivation of minutes).
  if (file.version !== 1 || !isAllowedKdf(file.kdf, minIterations) || !file.sealed) {
    return { ok: false, error: 'This encrypted backup is damaged or from a newer version. Nothing was imported.' };
  }
  if (!passphrase)
    return {
      ok: false,
      error: 'This backup is protected by a passphrase. Enter it to import. Nothing was imported.',
      wrongPassphrase: true,
    };
  try {
    const bytes = await open(await deriveKek(passphrase, file.kdf), file.sealed, BACKUP_AAD);
    return { ok: true, text: new TextDecoder().decode(bytes) };
  } catch {
    return {
      ok: false,
      error: 'That passphrase does not open this backup, or the file was changed. Nothing was imported.',
      wrongPassphrase: true,
    };
  }
}
