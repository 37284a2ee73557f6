import { t } from '@/utils/i18n';
import type { IDBPDatabase } from 'idb';
import { PlanStorageError } from './errors';
import type { KeyState } from './key-state';
import { readAllObservationRecords, readAllObservationRevisionRecords } from './observation-store';
import { putVault, readAllPlanRecords, readAllRevisionRecords, readVault, rewriteAll, type PlanStore, type RecordSet } from './plan-store';
import {
  decodeEach,
  decodeObservation,
  decodeObservationRevision,
  decodePlan,
  decodeRevision,
  encodeObservation,
  encodeObservationRevision,
  encodePlan,
  encodeRevision,
  isLegacySealed,
} from './record-codec';
import type { VaultState } from './repository';
import {
  createVault,
  DamagedVaultSettings,
  retryDelayMs,
  rewrapVault,
  unwrapVault,
  vaultFromRaw,
  type OpenVault,
  type VaultRecord,
} from './vault';

/** The passphrase lock, as the repository offers it. */
export interface VaultKeeper {
  vaultState(): Promise<VaultState>;
  /**
   * How long, in ms, before the lock checks another passphrase after wrong ones (0: at once):
   * a lock screen opened during that wait counts it down from the start.
   */
  unlockWait(): Promise<number>;
  /** Turns the lock on: every plan, observation and revision is encrypted, in one transaction. */
  setUpVault(passphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Returns a copy of the data key's bytes (for session storage). Wrong: throws, and later tries wait longer. */
  unlock(passphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Re-opens with key bytes kept in session storage (after the background restarted), unless
   * the vault was locked after `since` (a `lockEpoch()` read when the restore began).
   */
  useKey(raw: Uint8Array<ArrayBuffer>, since?: number): Promise<void>;
  /** Locks at once, and no unlock or key restore already under way can undo it. */
  lock(): void;
  /** How many locks so far: see `useKey`. */
  lockEpoch(): number;
  /**
   * Resolves when there is no lock, or when `passphrase` is its passphrase: what a plain
   * export asks for while the lock is on. A wrong one counts as a mistake, as for an unlock.
   */
  confirmPassphrase(passphrase: string | undefined): Promise<void>;
  /**
   * Re-wraps the data key under a new passphrase: records are not re-encrypted. With `newKey`,
   * a new data key re-encrypts every record instead (one transaction), and its bytes come back
   * for session storage: see the method.
   */
  changePassphrase(current: string, next: string, options?: { newKey?: boolean }): Promise<Uint8Array<ArrayBuffer> | undefined>;
  /**
   * Turns the lock off: every record is decrypted back, in one transaction. A damaged record
   * cannot be, and is kept as it is (still listed as damaged); resolves to how many were.
   */
  disableVault(passphrase: string): Promise<number>;
}

interface KeeperDeps {
  store: PlanStore;
  keys: KeyState;
  now: () => number;
  makeId: () => string;
  kdfIterations: number;
  /** The fewest PBKDF2 iterations a stored vault may have (tests lower it with kdfIterations). */
  minKdfIterations: number;
}

export function createVaultKeeper({ store, keys, now, makeId, kdfIterations, minKdfIterations }: KeeperDeps): VaultKeeper {
  /** Opens the vault with `opened`; a lock since `since` wins, and the caller hears "locked". */
  function openUnlessLocked(opened: OpenVault, since: number) {
    if (!keys.open(opened, since)) throw new PlanStorageError('locked');
  }

  /**
   * Decodes the records `which` picks with `from`, and encodes them again with `to` (undefined:
   * plain), keeping revision keys: plans, observations, and the revisions of both. Damaged
   * records are left as they are; damaged plans are counted.
   */
  async function recode(d: IDBPDatabase, from: CryptoKey | undefined, to: CryptoKey | undefined, which: (r: object) => boolean) {
    const plans = await decodeEach((await readAllPlanRecords(d)).filter(which), (p) => decodePlan(from, p));
    const revisions = await decodeEach((await readAllRevisionRecords(d)).filter(which), (r) => decodeRevision(from, r));
    const observations = await decodeEach((await readAllObservationRecords(d)).filter(which), (o) => decodeObservation(from, o));
    const observationRevisions = await decodeEach((await readAllObservationRevisionRecords(d)).filter(which), (r) =>
      decodeObservationRevision(from, r),
    );
    const records: RecordSet = {
      plans: await Promise.all(plans.ok.map((p) => encodePlan(to, p))),
      revisions: await Promise.all(revisions.ok.map(async ({ key, ...r }) => ({ ...(await encodeRevision(to, r, makeId())), key }))),
      observations: await Promise.all(observations.ok.map((o) => encodeObservation(to, o))),
      observationRevisions: await Promise.all(
        observationRevisions.ok.map(async ({ key, ...r }) => ({ ...(await encodeObservationRevision(to, r, makeId())), key })),
      ),
    };
    return { records, damaged: plans.damaged.length };
  }

  /** Re-encodes every record (lock on, lock off) and sets or deletes the vault record, in one transaction. */
  async function recodeAll(d: IDBPDatabase, from: CryptoKey | undefined, to: CryptoKey | undefined, vaultRecord: VaultRecord | null) {
    const { records, damaged } = await recode(d, from, to, () => true);
    await rewriteAll(d, records, vaultRecord);
    return damaged;
  }

  /** A refusal that says how long the lock waits ("1 second", "5 seconds"), and carries it for the lock screen's countdown. */
  const waitError = (key: 'vault_too_many' | 'vault_wrong_wait', ms: number) => {
    const seconds = Math.ceil(ms / 1000);
    return new PlanStorageError('wrong-passphrase', seconds === 1 ? t(`${key}_one`) : t(key, seconds), undefined, ms);
  };

  const waitLeft = (record: VaultRecord) => Math.max(0, record.lastFailureAt + retryDelayMs(record.failures) - now());

  /** Checks a passphrase, counting mistakes and enforcing the growing wait between them. */
  async function verify(d: IDBPDatabase, passphrase: string): Promise<{ record: VaultRecord; opened: OpenVault }> {
    const record = await readVault(d);
    if (!record) throw new PlanStorageError('invalid', t('vault_none'));
    const wait = waitLeft(record);
    if (wait > 0) throw waitError('vault_too_many', wait);
    try {
      const opened = await unwrapVault(record, passphrase, minKdfIterations);
      return { record: { ...record, failures: 0, lastFailureAt: 0 }, opened };
    } catch (error) {
      // Tampered or damaged KDF settings: refused before any work, and not counted as a mistake.
      if (error instanceof DamagedVaultSettings) throw new PlanStorageError('corrupt', t('vault_damaged'));
      const failed = { ...record, failures: record.failures + 1, lastFailureAt: now() };
      await putVault(d, failed);
      const next = retryDelayMs(failed.failures);
      throw next ? waitError('vault_wrong_wait', next) : new PlanStorageError('wrong-passphrase');
    }
  }

  return {
    vaultState: () => store.run(async (d) => ((await readVault(d)) ? (keys.current() ? 'unlocked' : 'locked') : 'none')),

    unlockWait: () =>
      store.run(async (d) => {
        const record = await readVault(d);
        return record ? waitLeft(record) : 0;
      }),

    setUpVault: (passphrase) => {
      // The epoch is read as the call is made: a lock that comes in while this awaits storage wins.
      const since = keys.epoch();
      return store.run(async (d) => {
        if (await readVault(d)) throw new PlanStorageError('invalid', t('vault_already_on'));
        const { record, vault: opened } = await createVault(passphrase, kdfIterations);
        await recodeAll(d, undefined, opened.key, record);
        // Locked meanwhile: the lock is on and every record encrypted; it opens with the passphrase.
        openUnlessLocked(opened, since);
        // A copy: the caller's bytes are its own, and the ones kept here are zeroed on lock.
        return opened.raw.slice();
      });
    },

    unlock: (passphrase) => {
      const since = keys.epoch();
      return store.run(async (d) => {
        const { record, opened } = await verify(d, passphrase);
        // Stronger KDF settings since this vault was made: re-wrap now, while we have the passphrase.
        const upgraded =
          record.kdf.iterations < kdfIterations ? { ...record, ...(await rewrapVault(opened, passphrase, kdfIterations)) } : record;
        // The one moment the key is at hand after an update: re-seal older records in the same transaction.
        const legacy = await recode(d, opened.key, opened.key, isLegacySealed);
        await rewriteAll(d, legacy.records, upgraded);
        openUnlessLocked(opened, since);
        return opened.raw.slice();
      });
    },

    useKey: (raw, since = keys.epoch()) => {
      const own = raw.slice();
      return store.run(async (d) => {
        const record = await readVault(d);
        if (!record) return;
        const opened = await vaultFromRaw(record, own).catch(() => {
          throw new PlanStorageError('locked');
        });
        openUnlessLocked(opened, since);
      });
    },

    confirmPassphrase: (passphrase) =>
      store.run(async (d) => {
        if (!(await readVault(d))) return;
        if (!passphrase) throw new PlanStorageError('invalid', t('vault_enter_passphrase'));
        const { record } = await verify(d, passphrase);
        // Earlier mistakes are cleared, as by an unlock; on a full disk the export still goes ahead.
        await putVault(d, record).catch(() => {});
      }),

    lock: () => keys.lock(),
    lockEpoch: () => keys.epoch(),

    changePassphrase: (current, next, { newKey = false } = {}) => {
      const since = keys.epoch();
      return store.run(async (d) => {
        const { record, opened } = await verify(d, current);
        if (!newKey) {
          await putVault(d, { ...record, ...(await rewrapVault(opened, next, kdfIterations)) });
          // Changing the passphrase reopens the vault, unless it was locked meanwhile.
          keys.open(opened, since);
          return undefined;
        }
        // A passphrase is changed because someone may have seen it. Re-wrapping the same key would
        // let that person open every plan with the old passphrase and an old copy of the vault
        // record, which the browser's files keep for a while after it is replaced (helper-68).
        const made = await createVault(next, kdfIterations);
        await recodeAll(d, opened.key, made.vault.key, made.record);
        const raw = made.vault.raw.slice();
        if (keys.open(made.vault, since)) return raw;
        raw.fill(0);
        return undefined;
      });
    },

    disableVault: (passphrase) =>
      store.run(async (d) => {
        const { opened } = await verify(d, passphrase);
        const damaged = await recodeAll(d, opened.key, undefined, null);
        keys.lock();
        return damaged;
      }),
  };
}
