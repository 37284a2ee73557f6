import { openDB, type IDBPDatabase } from 'idb';
import { KDF_ITERATIONS, openJson, sealJson, type Sealed } from './crypto';
import { classifyStorageError, PlanStorageError } from './errors';
import { createPlan, newId, summarize, type FieldValue, type Plan, type PlanData, type PlanSummary } from './model';
import { DB_NAME, DB_VERSION, UPGRADES } from './schema-upgrades';
import { createVault, retryDelayMs, rewrapVault, unwrapVault, vaultFromRaw, type OpenVault, type VaultRecord } from './vault';

/** A stored earlier version of a plan's contents. */
export interface Revision {
  key: number;
  planId: string;
  savedAt: number;
  data: PlanData;
}

export type PatchResult = { status: 'saved'; plan: Plan } | { status: 'conflict'; plan: Plan };

export interface ImportReport {
  added: number;
  replaced: number;
  /** Plans in the file that were older than the copy already here. */
  keptNewer: number;
}

export type VaultState = 'none' | 'locked' | 'unlocked';

/** The only code that reads or writes plan storage. Every write is a strict transaction. */
export interface PlanRepository {
  list(): Promise<PlanSummary[]>;
  get(id: string): Promise<Plan | undefined>;
  all(): Promise<Plan[]>;
  /** Creates a plan with this id, or returns the one that already has it. */
  create(id?: string): Promise<Plan>;
  /** Writes one field, unless another writer changed it after `baseRev` (then: conflict). */
  patch(id: string, fieldId: string, value: FieldValue, baseRev: number, clientId: string): Promise<PatchResult>;
  duplicate(id: string, nickname: string): Promise<Plan>;
  /** Deletes the plan and all its revisions. */
  remove(id: string): Promise<void>;
  revisions(id: string): Promise<Revision[]>;
  restore(id: string, revisionKey: number, clientId: string): Promise<Plan>;
  /** Adds the plans in one transaction; for an id already here, the newer copy wins. */
  importPlans(plans: readonly Plan[]): Promise<ImportReport>;

  vaultState(): Promise<VaultState>;
  /** Turns the lock on: every plan and revision is encrypted, in one transaction. */
  setUpVault(passphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Returns the data key's bytes (for session storage). Wrong: throws, and later tries wait longer. */
  unlock(passphrase: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Re-opens with key bytes kept in session storage (after the background restarted). */
  useKey(raw: Uint8Array<ArrayBuffer>): Promise<void>;
  lock(): void;
  /** Re-wraps the data key under a new passphrase: records are not re-encrypted. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Turns the lock off: every record is decrypted back, in one transaction. */
  disableVault(passphrase: string): Promise<void>;
  close(): void;
}

export interface RepositoryOptions {
  name?: string;
  now?: () => number;
  makeId?: () => string;
  /** Called when an older copy of the extension holds the database open during an upgrade. */
  onBlocked?: () => void;
  /** PBKDF2 iterations for new vaults (tests lower it; the product uses the default). */
  kdfIterations?: number;
}

/** Revisions kept per plan. */
export const MAX_REVISIONS = 50;
/** A snapshot is taken before the first edit that comes this long after the previous one. */
export const SNAPSHOT_EVERY_MS = 60_000;

const STRICT = { durability: 'strict' } as const;

type StoredPlan = Plan | { id: string; rev: number; v: number; enc: Sealed };
type StoredRevision = Revision | { key?: number; planId: string; rid: string; v: number; enc: Sealed };
type NewRevision = Omit<Revision, 'key'>;

const isSealed = (r: object): r is { enc: Sealed; v: number } => 'enc' in r;
/** Additional authenticated data: a ciphertext opens only as the record it was made for. */
const planAad = (id: string, v: number) => `csec-plan|${id}|schema:${v}`;
const revisionAad = (planId: string, rid: string, v: number) => `csec-revision|${planId}|${rid}|schema:${v}`;

function isNewer(a: Plan, b: Plan): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev);
}

export function openPlanRepository({
  name = DB_NAME,
  now = Date.now,
  makeId = newId,
  onBlocked,
  kdfIterations = KDF_ITERATIONS,
}: RepositoryOptions = {}): PlanRepository {
  let connection: Promise<IDBPDatabase> | undefined;
  let vault: OpenVault | undefined;

  function db(): Promise<IDBPDatabase> {
    connection ??= openDB(name, DB_VERSION, {
      upgrade(database, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? DB_VERSION); v++) UPGRADES[v]?.(database, tx as never);
      },
      blocked: () => onBlocked?.(),
      // A newer version wants to upgrade: let it, and reopen on the next call.
      blocking() {
        void connection?.then((d) => d.close());
        connection = undefined;
      },
      // The browser closed the connection (storage cleared, disk error): reopen next time.
      terminated() {
        connection = undefined;
      },
    }).catch((error: unknown) => {
      connection = undefined;
      throw classifyStorageError(error);
    });
    return connection;
  }

  async function run<T>(work: (d: IDBPDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await db());
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  const readVault = async (d: IDBPDatabase) => (await d.get('meta', 'vault')) as VaultRecord | undefined;

  /** The key to encrypt with, or undefined when there is no lock; throws when locked. */
  async function keyFor(d: IDBPDatabase): Promise<CryptoKey | undefined> {
    if (vault) return vault.key;
    if (await readVault(d)) throw new PlanStorageError('locked');
    return undefined;
  }

  // Encoding happens before a write transaction opens, decoding after a read one has ended:
  // awaiting WebCrypto inside a transaction would let it commit early (TransactionInactiveError).
  async function encodePlan(key: CryptoKey | undefined, plan: Plan): Promise<StoredPlan> {
    return key ? { id: plan.id, rev: plan.rev, v: DB_VERSION, enc: await sealJson(key, plan, planAad(plan.id, DB_VERSION)) } : plan;
  }
  async function decodePlan(key: CryptoKey | undefined, stored: StoredPlan): Promise<Plan> {
    if (!isSealed(stored)) return stored;
    if (!key) throw new PlanStorageError('locked');
    const plan = await openJson<Plan>(key, stored.enc, planAad(stored.id, stored.v)).catch(() => {
      throw new PlanStorageError('corrupt');
    });
    if (plan.id !== stored.id) throw new PlanStorageError('corrupt');
    return plan;
  }
  async function encodeRevision(key: CryptoKey | undefined, revision: NewRevision): Promise<StoredRevision> {
    if (!key) return revision as StoredRevision;
    const rid = makeId();
    return {
      planId: revision.planId,
      rid,
      v: DB_VERSION,
      enc: await sealJson(key, revision, revisionAad(revision.planId, rid, DB_VERSION)),
    };
  }
  async function decodeRevision(key: CryptoKey | undefined, stored: StoredRevision): Promise<Revision> {
    if (!isSealed(stored)) return stored as Revision;
    if (!key) throw new PlanStorageError('locked');
    const body = await openJson<NewRevision>(key, stored.enc, revisionAad(stored.planId, stored.rid, stored.v)).catch(() => {
      throw new PlanStorageError('corrupt');
    });
    return { ...body, key: stored.key as number, planId: stored.planId };
  }

  async function readPlan(d: IDBPDatabase, key: CryptoKey | undefined, id: string): Promise<Plan | undefined> {
    const stored = (await d.get('plans', id)) as StoredPlan | undefined;
    return stored && decodePlan(key, stored);
  }

  async function latestRevision(d: IDBPDatabase, key: CryptoKey | undefined, id: string): Promise<Revision | undefined> {
    const cursor = await d.transaction('revisions').store.index('byPlan').openCursor(IDBKeyRange.only(id), 'prev');
    return cursor ? decodeRevision(key, cursor.value as StoredRevision) : undefined;
  }

  /**
   * Writes `plan`, plus a revision of `previous` when one is due, in one strict transaction,
   * if the stored record is still at `expectedRev` (the writer is single, so it always is).
   */
  async function commit(d: IDBPDatabase, key: CryptoKey | undefined, plan: Plan, expectedRev: number | undefined, snapshotOf?: Plan) {
    const stored = await encodePlan(key, plan);
    const revision =
      snapshotOf && (await encodeRevision(key, { planId: snapshotOf.id, savedAt: snapshotOf.updatedAt, data: snapshotOf.data }));
    const tx = d.transaction(['plans', 'revisions'], 'readwrite', STRICT);
    const current = (await tx.objectStore('plans').get(plan.id)) as StoredPlan | undefined;
    if ((current?.rev ?? undefined) !== expectedRev) {
      tx.abort();
      await tx.done.catch(() => {});
      throw new PlanStorageError('conflict');
    }
    if (revision) {
      const revisions = tx.objectStore('revisions');
      await revisions.add(revision);
      const keys = await revisions.index('byPlan').getAllKeys(plan.id);
      for (const k of keys.slice(0, Math.max(0, keys.length - MAX_REVISIONS))) await revisions.delete(k);
    }
    await tx.objectStore('plans').put(stored);
    await tx.done;
  }

  /** Whether a revision of `plan` is due now and differs from the newest one kept. */
  function snapshotDue(plan: Plan, latest: Revision | undefined, force: boolean): boolean {
    if (!force && now() - plan.snapshotAt < SNAPSHOT_EVERY_MS) return false;
    return !latest || JSON.stringify(latest.data) !== JSON.stringify(plan.data);
  }

  /** Re-encodes every record with `to` (undefined: plain), in one transaction; `from` decodes. */
  async function recodeAll(d: IDBPDatabase, from: CryptoKey | undefined, to: CryptoKey | undefined, vaultRecord: VaultRecord | null) {
    const plans = await Promise.all(((await d.getAll('plans')) as StoredPlan[]).map((p) => decodePlan(from, p)));
    const revisions = await Promise.all(((await d.getAll('revisions')) as StoredRevision[]).map((r) => decodeRevision(from, r)));
    const encodedPlans = await Promise.all(plans.map((p) => encodePlan(to, p)));
    const encodedRevisions = await Promise.all(
      revisions.map(async (r) => ({ ...(await encodeRevision(to, { planId: r.planId, savedAt: r.savedAt, data: r.data })), key: r.key })),
    );
    const tx = d.transaction(['plans', 'revisions', 'meta'], 'readwrite', STRICT);
    for (const p of encodedPlans) await tx.objectStore('plans').put(p);
    for (const r of encodedRevisions) await tx.objectStore('revisions').put(r);
    if (vaultRecord) await tx.objectStore('meta').put(vaultRecord);
    else await tx.objectStore('meta').delete('vault');
    await tx.done;
  }

  /** Checks a passphrase, counting mistakes and enforcing the growing wait between them. */
  async function verify(d: IDBPDatabase, passphrase: string): Promise<{ record: VaultRecord; opened: OpenVault }> {
    const record = await readVault(d);
    if (!record) throw new PlanStorageError('invalid', 'There is no passphrase lock to open.');
    const wait = record.lastFailureAt + retryDelayMs(record.failures) - now();
    if (wait > 0)
      throw new PlanStorageError('wrong-passphrase', `Too many wrong passphrases. Try again in ${Math.ceil(wait / 1000)} seconds.`);
    try {
      const opened = await unwrapVault(record, passphrase);
      return { record: { ...record, failures: 0, lastFailureAt: 0 }, opened };
    } catch {
      const failed = { ...record, failures: record.failures + 1, lastFailureAt: now() };
      const tx = d.transaction('meta', 'readwrite', STRICT);
      await tx.store.put(failed);
      await tx.done;
      const next = retryDelayMs(failed.failures);
      throw new PlanStorageError(
        'wrong-passphrase',
        next ? `That passphrase is not right. Try again in ${Math.ceil(next / 1000)} seconds.` : undefined,
      );
    }
  }

  async function putVault(d: IDBPDatabase, record: VaultRecord) {
    const tx = d.transaction('meta', 'readwrite', STRICT);
    await tx.store.put(record);
    await tx.done;
  }

  return {
    list: () =>
      run(async (d) => {
        const key = await keyFor(d);
        const plans = await Promise.all(((await d.getAll('plans')) as StoredPlan[]).map((p) => decodePlan(key, p)));
        return plans.map(summarize).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
      }),
    get: (id) => run(async (d) => readPlan(d, await keyFor(d), id)),
    all: () =>
      run(async (d) => {
        const key = await keyFor(d);
        return Promise.all(((await d.getAll('plans')) as StoredPlan[]).map((p) => decodePlan(key, p)));
      }),

    create: (id = makeId()) =>
      run(async (d) => {
        const key = await keyFor(d);
        const existing = await readPlan(d, key, id);
        if (existing) return existing;
        const plan = createPlan(now(), id, makeId);
        await commit(d, key, plan, undefined);
        return plan;
      }),

    patch: (id, fieldId, value, baseRev, clientId) =>
      run(async (d) => {
        const key = await keyFor(d);
        const plan = await readPlan(d, key, id);
        if (!plan) throw new PlanStorageError('not-found');
        const stamp = plan.fieldStamps[fieldId];
        if (stamp && stamp.rev > baseRev && stamp.by !== clientId) return { status: 'conflict', plan };
        if (JSON.stringify(plan.data[fieldId] ?? null) === JSON.stringify(value)) return { status: 'saved', plan };
        const due = now() - plan.snapshotAt >= SNAPSHOT_EVERY_MS;
        const snapshot = due && snapshotDue(plan, await latestRevision(d, key, id), false);
        const rev = plan.rev + 1;
        const updated: Plan = {
          ...plan,
          rev,
          updatedAt: now(),
          data: { ...plan.data, [fieldId]: value },
          fieldStamps: { ...plan.fieldStamps, [fieldId]: { rev, by: clientId } },
          snapshotAt: due ? now() : plan.snapshotAt,
        };
        await commit(d, key, updated, plan.rev, snapshot ? plan : undefined);
        return { status: 'saved', plan: updated };
      }),

    duplicate: (id, nickname) =>
      run(async (d) => {
        const key = await keyFor(d);
        const source = await readPlan(d, key, id);
        if (!source) throw new PlanStorageError('not-found');
        const copy: Plan = { ...createPlan(now(), makeId(), makeId), data: { ...structuredClone(source.data), nickname } };
        await commit(d, key, copy, undefined);
        return copy;
      }),

    remove: (id) =>
      run(async (d) => {
        const tx = d.transaction(['plans', 'revisions'], 'readwrite', STRICT);
        await tx.objectStore('plans').delete(id);
        const revisions = tx.objectStore('revisions');
        for (const k of await revisions.index('byPlan').getAllKeys(id)) await revisions.delete(k);
        await tx.done;
      }),

    revisions: (id) =>
      run(async (d) => {
        const key = await keyFor(d);
        const stored = (await d.getAllFromIndex('revisions', 'byPlan', id)) as StoredRevision[];
        return (await Promise.all(stored.map((r) => decodeRevision(key, r)))).reverse();
      }),

    restore: (id, revisionKey, clientId) =>
      run(async (d) => {
        const key = await keyFor(d);
        const plan = await readPlan(d, key, id);
        const stored = (await d.get('revisions', revisionKey)) as StoredRevision | undefined;
        const revision = stored && (await decodeRevision(key, stored));
        if (!plan || !revision || revision.planId !== id) throw new PlanStorageError('not-found');
        const rev = plan.rev + 1;
        const stamps = Object.fromEntries(
          [...new Set([...Object.keys(plan.data), ...Object.keys(revision.data)])].map((f) => [f, { rev, by: clientId }]),
        );
        const restored: Plan = { ...plan, rev, updatedAt: now(), data: revision.data, fieldStamps: stamps, snapshotAt: now() };
        // Restoring is itself undoable: the current contents become a revision first.
        const snapshot = snapshotDue(plan, await latestRevision(d, key, id), true);
        await commit(d, key, restored, plan.rev, snapshot ? plan : undefined);
        return restored;
      }),

    importPlans: (plans) =>
      run(async (d) => {
        const key = await keyFor(d);
        const report: ImportReport = { added: 0, replaced: 0, keptNewer: 0 };
        const existing = new Map(
          (await Promise.all(((await d.getAll('plans')) as StoredPlan[]).map((p) => decodePlan(key, p)))).map((p) => [p.id, p]),
        );
        const incoming = plans.filter((plan) => {
          const here = existing.get(plan.id);
          if (here && !isNewer(plan, here)) report.keptNewer++;
          else if (here) report.replaced++;
          else report.added++;
          return !here || isNewer(plan, here);
        });
        const encoded = await Promise.all(incoming.map((p) => encodePlan(key, p)));
        const tx = d.transaction('plans', 'readwrite', STRICT);
        for (const p of encoded) await tx.store.put(p);
        await tx.done;
        return report;
      }),

    vaultState: () => run(async (d) => ((await readVault(d)) ? (vault ? 'unlocked' : 'locked') : 'none')),

    setUpVault: (passphrase) =>
      run(async (d) => {
        if (await readVault(d)) throw new PlanStorageError('invalid', 'The passphrase lock is already on.');
        const { record, vault: opened } = await createVault(passphrase, kdfIterations);
        await recodeAll(d, undefined, opened.key, record);
        vault = opened;
        return opened.raw;
      }),

    unlock: (passphrase) =>
      run(async (d) => {
        const { record, opened } = await verify(d, passphrase);
        // Stronger KDF settings since this vault was made: re-wrap now, while we have the passphrase.
        const upgraded =
          record.kdf.iterations < kdfIterations ? { ...record, ...(await rewrapVault(opened, passphrase, kdfIterations)) } : record;
        await putVault(d, upgraded);
        vault = opened;
        return opened.raw;
      }),

    useKey: (raw) =>
      run(async (d) => {
        const record = await readVault(d);
        if (!record) return;
        vault = await vaultFromRaw(record, raw).catch(() => {
          throw new PlanStorageError('locked');
        });
      }),

    lock() {
      vault = undefined;
    },

    changePassphrase: (current, next) =>
      run(async (d) => {
        const { record, opened } = await verify(d, current);
        await putVault(d, { ...record, ...(await rewrapVault(opened, next, kdfIterations)) });
        vault = opened;
      }),

    disableVault: (passphrase) =>
      run(async (d) => {
        const { opened } = await verify(d, passphrase);
        await recodeAll(d, opened.key, undefined, null);
        vault = undefined;
      }),

    close() {
      void connection?.then((d) => d.close());
      connection = undefined;
    },
  };
}
