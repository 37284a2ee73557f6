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
  ) {
    super(message, { cause });
    this.name = 'PlanStorageError';
  }
}

/** What the side panel says for each failure. Each ends by saying what is still safe. */
export function describeStorageError(code: StorageErrorCode): string {
  switch (code) {
    case 'quota':
      return 'Not saved: the browser has no storage space left for this extension. Your last saved version is intact; export a backup, then free some disk space.';
    case 'unavailable':
      return 'Plans cannot be saved here right now: the browser refused extension storage. If the disk is full, free some space; a private window, or Firefox set to never remember history, also turns it off. Nothing is being saved.';
    case 'blocked':
      return 'Plans are being updated to a new format. Close other windows of this extension to finish; your saved plans are intact.';
    case 'upgrade-failed':
      return 'Plans could not be updated to the new format. Your saved plans are intact; reload the extension to try again.';
    case 'closed':
      return 'The browser closed the connection to plan storage. Reconnecting; your last saved version is intact.';
    case 'conflict':
      return 'This plan changed in another window at the same time. The newer text is kept.';
    case 'not-found':
      return 'That plan no longer exists. It may have been deleted in another window.';
    case 'invalid':
      return 'That change was refused because it is not valid. Nothing was changed.';
    case 'locked':
      return 'Plans are locked. Enter your passphrase to open them.';
    case 'wrong-passphrase':
      return 'That passphrase is not right. Nothing was changed.';
    case 'corrupt':
      return 'A plan could not be decrypted: its stored data was changed or damaged. Nothing from it is shown. Your other plans are intact.';
    case 'unknown':
      return 'Not saved because of an unexpected storage error. Your last saved version is intact.';
  }
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
