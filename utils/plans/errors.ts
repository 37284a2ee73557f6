import { t, type MessageKey } from '@/utils/i18n';

/** Why a plan operation failed, as a code the UI can explain and tests can check. */
export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'blocked'
  | 'upgrade-failed'
  | 'closed'
  | 'conflict'
  | 'not-found'
  | 'invalid'
  | 'locked'
  | 'wrong-passphrase'
  | 'corrupt'
  | 'unknown';

export class PlanStorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string = describeStorageError(code),
    cause?: unknown,
    /** A wrong passphrase: how long the lock waits before it checks another one (the screen counts it down). */
    readonly retryAfterMs?: number,
  ) {
    super(message, { cause });
    this.name = 'PlanStorageError';
  }
}

/** What the side panel says for each failure (utils/i18n). Each ends by saying what is still safe. */
export function describeStorageError(code: StorageErrorCode): string {
  return t(`storage_${code.replace('-', '_')}` as MessageKey);
}

/** Maps what IndexedDB throws to a code. `QuotaExceededError` can also mean a corrupt store. */
export function classifyStorageError(error: unknown): PlanStorageError {
  if (error instanceof PlanStorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  // A full disk often comes as an UnknownError or an abort whose message says so (Chrome: "IO error … No space left on device").
  if (name === 'QuotaExceededError' || /no space|disk (is )?full|not enough space|quota/i.test(message))
    return new PlanStorageError('quota', undefined, error);
  if (name === 'InvalidStateError' && /close|closing/i.test(message)) return new PlanStorageError('closed', undefined, error);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new PlanStorageError('unavailable', undefined, error);
  if (name === 'VersionError') return new PlanStorageError('upgrade-failed', undefined, error);
  if (name === 'AbortError' && /upgrade|version/i.test(message)) return new PlanStorageError('upgrade-failed', undefined, error);
  return new PlanStorageError('unknown', undefined, error);
}
