import type { BackupFile } from './backup';
import type { StorageErrorCode } from './errors';
import type { FieldValue, Plan, PlanSummary } from './model';
import type { Observation, ObservationData, ObservationRevision } from './observation-model';
import type { ImportReport, ObservationPatchResult, PatchResult, PlanObservations, Revision, VaultState } from './repository';

/** The port the side panel opens to the background, which owns plan storage. */
export const PLAN_PORT = 'plans';

/** Every plan request: its arguments and its result. Checked at compile time on both ends. */
export interface PlanProtocol {
  list: { args: Record<string, never>; result: PlanSummary[] };
  get: { args: { id: string }; result: Plan | null };
  /** The page picks the id, so a create repeated after a reconnect makes one plan, not two. */
  create: { args: { id: string }; result: Plan };
  patch: { args: { id: string; fieldId: string; value: FieldValue; baseRev: number; clientId: string }; result: PatchResult };
  duplicate: { args: { id: string; nickname: string }; result: Plan };
  remove: { args: { id: string }; result: null };
  revisions: { args: { id: string }; result: Revision[] };
  restore: { args: { id: string; key: number; clientId: string }; result: Plan };
  /** One plan's observations; `damaged`: ids of those whose record does not open (listed, never hidden). */
  observations: { args: { planId: string }; result: PlanObservations };
  /** The page picks the id (a repeat after a reconnect makes one observation) and its first contents. */
  createObservation: { args: { planId: string; id: string; data: ObservationData }; result: Observation };
  /** One field of an observation, streamed like a plan field. */
  patchObservation: {
    args: { id: string; fieldId: string; value: FieldValue; baseRev: number; clientId: string };
    result: ObservationPatchResult;
  };
  removeObservation: { args: { id: string }; result: null };
  observationRevisions: { args: { id: string }; result: ObservationRevision[] };
  restoreObservation: { args: { id: string; key: number; clientId: string }; result: Observation };
  /**
   * Every plan that opens, with its observations, unencrypted; `damaged` counts the damaged plan
   * records left out (they stay listed), `damagedObservations` the observation records. While
   * the lock is on, only with its `passphrase`.
   */
  exportAll: { args: { passphrase?: string }; result: { backup: BackupFile; damaged: number; damagedObservations: number } };
  /** The backup file's text, encrypted with its own passphrase; the counts as for exportAll. */
  exportEncrypted: { args: { passphrase: string }; result: { text: string; damaged: number; damagedObservations: number } };
  importBackup: { args: { text: string; passphrase?: string }; result: ImportReport };
  vaultStatus: { args: Record<string, never>; result: VaultState };
  /** Ms before the lock checks another passphrase (0: at once), for a lock screen opened during the wait. */
  unlockWait: { args: Record<string, never>; result: number };
  setUpVault: { args: { passphrase: string }; result: null };
  unlock: { args: { passphrase: string }; result: null };
  lock: { args: Record<string, never>; result: null };
  /** `newKey`: every record re-encrypted with a new data key, so the old passphrase opens none of them. */
  changePassphrase: { args: { current: string; next: string; newKey?: boolean }; result: null };
  /** `damaged`: records that could not be decrypted and were kept as they were. */
  disableVault: { args: { passphrase: string }; result: { damaged: number } };
  /** Every plan, observation and revision, and the lock, deleted: after a forgotten passphrase. `confirm` guards against a slip. */
  eraseAll: { args: { confirm: typeof ERASE_ALL_CONFIRM }; result: null };
}

/** Why plans locked on their own: time without use, the screen locking, the last window closing. */
export type LockReason = 'idle' | 'screen' | 'windows';

/** What an erase request must carry, so no other request can be mistaken for one. */
export const ERASE_ALL_CONFIRM = 'erase every plan on this device';

export type PlanMethod = keyof PlanProtocol;

export type PlanRequest = {
  [M in PlanMethod]: { kind: 'request'; seq: number; method: M; args: PlanProtocol[M]['args'] };
}[PlanMethod];

export type PlanResponse =
  | { kind: 'response'; seq: number; ok: true; result: unknown }
  | { kind: 'response'; seq: number; ok: false; code: StorageErrorCode; message: string; retryAfterMs?: number };

/** Told to every other open page after a write, so all copies show the newest text. */
export type PlanEvent =
  | { kind: 'changed'; plan: Plan; by: string }
  | { kind: 'removed'; id: string }
  /** An observation was created or written (by: the writer, as for plans). */
  | { kind: 'observation-changed'; observation: Observation; by: string }
  | { kind: 'observation-removed'; id: string; planId: string }
  | { kind: 'list-changed' }
  /** Wrong passphrases made the lock wait (in any window): every lock screen counts it down. */
  | { kind: 'unlock-wait'; retryAfterMs: number }
  /** The lock changed (locked by idle, by another window, unlocked…): every page follows; `why` a lock nobody asked for came. */
  | { kind: 'vault'; state: VaultState; why?: LockReason }
  /** Hide or Lock now was pressed in a window: every view of a plan outside the panel blanks, lock or not. */
  | { kind: 'hidden' }
  /** Storage trouble that is not the answer to one request, e.g. an upgrade blocked by an old page. */
  | { kind: 'problem'; code: StorageErrorCode; message: string };

export type PlanPortMessage = PlanResponse | PlanEvent;
