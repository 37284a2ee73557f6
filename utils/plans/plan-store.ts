import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { classifyStorageError, PlanStorageError } from './errors';
import type { StoredObservation, StoredObservationRevision, StoredPlan, StoredRevision } from './record-codec';
import { DB_NAME, DB_VERSION, UPGRADES } from './schema-upgrades';
import type { VaultRecord } from './vault';

/**
 * The plan database and its transactions: the only code that talks to IndexedDB. Records
 * arrive here already encoded (encryption happens before a transaction opens, decoding after
 * a read has ended: awaiting WebCrypto inside one would let it commit early).
 */
export interface PlanStore {
  /** Runs `work` on the open database; whatever storage throws comes out classified. */
  run<T>(work: (d: IDBPDatabase) => Promise<T>): Promise<T>;
  close(): void;
}

export interface StoreOptions {
  name?: string;
  /** Called when an older copy of the extension holds the database open during an upgrade. */
  onBlocked?: () => void;
}

/** Revisions kept per plan. */
export const MAX_REVISIONS = 50;

const STRICT = { durability: 'strict' } as const;

export function openPlanStore({ name = DB_NAME, onBlocked }: StoreOptions = {}): PlanStore {
  let connection: Promise<IDBPDatabase> | undefined;

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

  return {
    async run(work) {
      for (let attempt = 1; ; attempt++) {
        let used: Promise<IDBPDatabase> | undefined;
        try {
          used = db();
          return await work(await used);
        } catch (error) {
          // The browser closed the connection under this work (after a disk error, for one):
          // reopen and run it once more, so reads and exports go on working when writes cannot.
          if (attempt === 1 && used && closedUnder(error)) {
            if (connection === used) connection = undefined;
            continue;
          }
          throw classifyStorageError(error);
        }
      }
    },
    close() {
      void connection?.then((d) => d.close());
      connection = undefined;
    },
  };
}

/** An error that means the connection itself is gone, not that the work was wrong. */
const closedUnder = (error: unknown) => !(error instanceof PlanStorageError) && (error as Error | null)?.name === 'InvalidStateError';

export type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;

/**
 * One strict read-write transaction: committed whole when `body` finishes, aborted whole when
 * it throws (without the abort, IndexedDB would commit the writes made before the throw).
 */
export async function write<T>(d: IDBPDatabase, stores: string[], body: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = d.transaction(stores, 'readwrite', STRICT) as unknown as Tx;
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: nothing was committed after the error.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

export const readVault = async (d: IDBPDatabase) => (await d.get('meta', 'vault')) as VaultRecord | undefined;

export const putVault = (d: IDBPDatabase, record: VaultRecord) => write(d, ['meta'], (tx) => tx.objectStore('meta').put(record));

export const readPlanRecord = async (d: IDBPDatabase, id: string) => (await d.get('plans', id)) as StoredPlan | undefined;

export const readAllPlanRecords = async (d: IDBPDatabase) => (await d.getAll('plans')) as StoredPlan[];

export const readAllRevisionRecords = async (d: IDBPDatabase) => (await d.getAll('revisions')) as StoredRevision[];

export const readRevisionRecord = async (d: IDBPDatabase, key: number) => (await d.get('revisions', key)) as StoredRevision | undefined;

export const readRevisionRecordsOf = async (d: IDBPDatabase, planId: string) =>
  (await d.getAllFromIndex('revisions', 'byPlan', planId)) as StoredRevision[];

/** The newest revision of a plan, as stored. */
export async function readLatestRevisionRecord(d: IDBPDatabase, planId: string): Promise<StoredRevision | undefined> {
  const cursor = await d.transaction('revisions').store.index('byPlan').openCursor(IDBKeyRange.only(planId), 'prev');
  return cursor?.value as StoredRevision | undefined;
}

/** Adds a revision to `store` and drops the oldest of the same record (by `index`) beyond MAX_REVISIONS, inside `tx`. */
async function addKeptRevision(tx: Tx, store: string, index: string, owner: string, revision: object) {
  const revisions = tx.objectStore(store);
  await revisions.add(revision);
  const keys = await revisions.index(index).getAllKeys(owner);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_REVISIONS))) await revisions.delete(k);
}

const addRevision = (tx: Tx, revision: StoredRevision) => addKeptRevision(tx, 'revisions', 'byPlan', revision.planId, revision);

export const addObservationRevision = (tx: Tx, revision: StoredObservationRevision) =>
  addKeptRevision(tx, 'observationRevisions', 'byObservation', revision.observationId, revision);

export class RevConflict extends Error {}

/**
 * Writes a plan, and a revision when one is given, if the stored plan is still at
 * `expectedRev` (undefined: not there yet). Otherwise throws RevConflict and writes nothing.
 */
export const commitPlan = (d: IDBPDatabase, plan: StoredPlan, expectedRev: number | undefined, revision?: StoredRevision) =>
  write(d, ['plans', 'revisions'], async (tx) => {
    const current = (await tx.objectStore('plans').get(plan.id)) as StoredPlan | undefined;
    if (current?.rev !== expectedRev) throw new RevConflict();
    if (revision) await addRevision(tx, revision);
    await tx.objectStore('plans').put(plan);
  });

/** Every store that holds a plan or something of it. */
const PLAN_STORES = ['plans', 'revisions', 'observations', 'observationRevisions'];

/** Deletes a plan, every revision of it, and its observations with their revisions: one transaction. */
export const deletePlan = (d: IDBPDatabase, id: string) =>
  write(d, PLAN_STORES, async (tx) => {
    await tx.objectStore('plans').delete(id);
    for (const [store, index] of [
      ['revisions', 'byPlan'],
      ['observations', 'byPlan'],
      ['observationRevisions', 'byPlan'],
    ] as const) {
      const records = tx.objectStore(store);
      for (const k of await records.index(index).getAllKeys(id)) await records.delete(k);
    }
  });

/**
 * Every plan, observation and revision, and the lock's record (with its count of wrong
 * passphrases), in one transaction: starting over after a forgotten passphrase.
 */
export const eraseAllRecords = (d: IDBPDatabase) =>
  write(d, [...PLAN_STORES, 'meta'], async (tx) => {
    for (const name of PLAN_STORES) await tx.objectStore(name).clear();
    await tx.objectStore('meta').delete('vault');
  });

/** Records to write together (an import, the lock turned on or off), already encoded. */
export interface RecordSet {
  plans: readonly StoredPlan[];
  revisions: readonly StoredRevision[];
  observations: readonly StoredObservation[];
  observationRevisions: readonly StoredObservationRevision[];
}

/** Many plans and observations with new revisions in one transaction (import); all are written or none. */
export const putRecords = (d: IDBPDatabase, records: RecordSet) =>
  write(d, PLAN_STORES, async (tx) => {
    for (const r of records.revisions) await addRevision(tx, r);
    for (const r of records.observationRevisions) await addObservationRevision(tx, r);
    for (const p of records.plans) await tx.objectStore('plans').put(p);
    for (const o of records.observations) await tx.objectStore('observations').put(o);
  });

/**
 * Rewrites records in place (lock on, lock off) and sets or deletes the vault record, in one
 * transaction. Revisions keep their keys.
 */
export const rewriteAll = (d: IDBPDatabase, records: RecordSet, vault: VaultRecord | null) =>
  write(d, [...PLAN_STORES, 'meta'], async (tx) => {
    for (const p of records.plans) await tx.objectStore('plans').put(p);
    for (const r of records.revisions) await tx.objectStore('revisions').put(r);
    for (const o of records.observations) await tx.objectStore('observations').put(o);
    for (const r of records.observationRevisions) await tx.objectStore('observationRevisions').put(r);
    if (vault) await tx.objectStore('meta').put(vault);
    else await tx.objectStore('meta').delete('vault');
  });
