import { t } from '@/utils/i18n';
import type { IDBPDatabase } from 'idb';
import { KDF_ITERATIONS, KDF_MIN_ITERATIONS } from './crypto';
import { PlanStorageError } from './errors';
import { createKeyState } from './key-state';
import { createListIndex, sortSummaries } from './list-index';
import { createPlan, newId, summarize, type FieldValue, type Plan, type PlanSummary, type Revision } from './model';
import {
  commitPlan,
  deletePlan,
  eraseAllRecords,
  openPlanStore,
  putRecords,
  readRevisionRecord,
  readRevisionRecordsOf,
  readVault,
  RevConflict,
} from './plan-store';
import { checkEach, checkPlan, describePlanProblem } from './plan-checks';
import { checkObservation } from './observation-checks';
import type { Observation } from './observation-model';
import { createObservationRepository, prepareObservationImport, type ObservationRepository } from './observation-repository';
import { mergeImport, type ImportReport } from './plan-import';
import { patchRecord, restoreRecord, snapshotDue, type RecordIo } from './field-patch';
import { latestRevision, readAll, readPlan, revisionOf, type ReadAll } from './plan-reads';
import { decodeEach, decodeRevision, encodePlan, encodeRevision, type StoredRevision } from './record-codec';
import { createVaultKeeper, type VaultKeeper } from './vault-keeper';

export type { Revision } from './model';
export type { ImportReport } from './plan-import';
export type { ObservationPatchResult, PlanObservations } from './observation-repository';
export { SNAPSHOT_EVERY_MS, type ReadAll } from './plan-reads';
export { MAX_REVISIONS } from './plan-store';

export type PatchResult = { status: 'saved'; plan: Plan } | { status: 'conflict'; plan: Plan };

export type VaultState = 'none' | 'locked' | 'unlocked';

/** The only code that reads or writes plan storage. Every write is a strict transaction. */
export interface PlanRepository extends VaultKeeper, ObservationRepository {
  /**
   * Every plan, newest change first; a damaged record is listed as `damaged`, never hidden.
   * Read in full (every record opened, so damage shows) once after opening or unlocking;
   * after that from memory, kept in step with every write, until plans lock.
   */
  list(): Promise<PlanSummary[]>;
  /** One plan; throws "corrupt" when its record is damaged. */
  get(id: string): Promise<Plan | undefined>;
  /** Every plan that opens (damaged records are left out: see `readAll`). */
  all(): Promise<Plan[]>;
  /** Every plan that opens, and the ids of the records that do not (for exports to report). */
  readAll(): Promise<ReadAll>;
  /** Creates a plan with this id, or returns the one that already has it. */
  create(id?: string): Promise<Plan>;
  /** Writes one field, unless another writer changed it after `baseRev` (then: conflict). */
  patch(id: string, fieldId: string, value: FieldValue, baseRev: number, clientId: string): Promise<PatchResult>;
  duplicate(id: string, nickname: string): Promise<Plan>;
  /** Deletes the plan, all its revisions, and its observations with theirs. */
  remove(id: string): Promise<void>;
  revisions(id: string): Promise<Revision[]>;
  restore(id: string, revisionKey: number, clientId: string): Promise<Plan>;
  /**
   * Adds the plans and their observations in one transaction, all or none, after checking every
   * one of them; for an id already here, the newer copy wins and the one it replaces is kept as a
   * revision. `onReplaced` hears each replacing plan once it is committed (to update open editors).
   */
  importPlans(
    plans: readonly Plan[],
    onReplaced?: (plan: Plan) => void,
    observations?: readonly Observation[],
    onObservationReplaced?: (observation: Observation) => void,
  ): Promise<ImportReport>;
  /**
   * Deletes every plan, observation and revision, and the lock: the way out of a forgotten
   * passphrase (nothing can be opened without it). Works while locked; reads nothing.
   */
  eraseAll(): Promise<void>;
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
  /** The fewest iterations a stored vault may have: 600,000, or kdfIterations where a test lowers it. */
  minKdfIterations?: number;
}

export function openPlanRepository({
  name,
  now = Date.now,
  makeId = newId,
  onBlocked,
  kdfIterations = KDF_ITERATIONS,
  minKdfIterations = Math.min(KDF_MIN_ITERATIONS, kdfIterations),
}: RepositoryOptions = {}): PlanRepository {
  const store = openPlanStore({ name, onBlocked });
  const keys = createKeyState();
  const vault = createVaultKeeper({ store, keys, now, makeId, kdfIterations, minKdfIterations });
  const index = createListIndex();

  /** The key to encrypt with, or undefined when there is no lock; throws when locked. */
  async function keyFor(d: IDBPDatabase): Promise<CryptoKey | undefined> {
    const open = keys.current();
    if (open) return open.key;
    if (await readVault(d)) throw new PlanStorageError('locked');
    return undefined;
  }
  const observations = createObservationRepository({ store, keyFor, now, makeId });

  /** Writes `plan` (if the stored one is still at `expectedRev`), with a revision of `snapshotOf`. */
  async function commit(d: IDBPDatabase, key: CryptoKey | undefined, plan: Plan, expectedRev: number | undefined, snapshotOf?: Plan) {
    const stored = await encodePlan(key, plan);
    const revision = snapshotOf && (await encodeRevision(key, revisionOf(snapshotOf), makeId()));
    await commitPlan(d, stored, expectedRev, revision).catch((error: unknown) => {
      throw error instanceof RevConflict ? new PlanStorageError('conflict') : error;
    });
    index.put(summarize(plan));
  }

  /** Every record opened and summarized: what the list index starts from. */
  async function readList(d: IDBPDatabase, key: CryptoKey | undefined): Promise<PlanSummary[]> {
    const epoch = keys.epoch();
    const { plans, damaged } = await readAll(d, key);
    const listed: PlanSummary[] = [
      ...plans.map(summarize),
      ...damaged.map((id) => ({ id, nickname: '', updatedAt: 0, nextReview: '', damaged: true as const })),
    ];
    // Plans locked while this read: what it found must not outlive the lock.
    if (keys.epoch() === epoch) index.fill(listed);
    return sortSummaries(listed);
  }

  /** Reading and writing one plan, for the shared field patch and restore (field-patch.ts). */
  const planIo = (d: IDBPDatabase, key: CryptoKey | undefined, id: string): RecordIo<Plan> => ({
    read: () => readPlan(d, key, id),
    latest: () => latestRevision(d, key, id),
    commit: (updated, expectedRev, snapshotOf) => commit(d, key, updated, expectedRev, snapshotOf),
  });

  return {
    ...vault,
    ...observations,
    // The index holds nicknames: it goes with the key.
    lock() {
      index.clear();
      vault.lock();
    },
    list: () =>
      store.run(async (d) => {
        // Locked: refused, whatever is remembered.
        const key = await keyFor(d);
        return index.read() ?? readList(d, key);
      }),
    get: (id) => store.run(async (d) => readPlan(d, await keyFor(d), id)),
    all: () => store.run(async (d) => (await readAll(d, await keyFor(d))).plans),
    readAll: () => store.run(async (d) => readAll(d, await keyFor(d))),

    create: (id = makeId()) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const existing = await readPlan(d, key, id);
        if (existing) return existing;
        const plan = createPlan(now(), id, makeId);
        await commit(d, key, plan, undefined);
        return plan;
      }),

    patch: (id, fieldId, value, baseRev, clientId) =>
      store.run(async (d) => {
        const { status, record } = await patchRecord(planIo(d, await keyFor(d), id), fieldId, value, baseRev, clientId, now());
        return { status, plan: record };
      }),

    duplicate: (id, nickname) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const source = await readPlan(d, key, id);
        if (!source) throw new PlanStorageError('not-found');
        const copy: Plan = { ...createPlan(now(), makeId(), makeId), data: { ...structuredClone(source.data), nickname } };
        await commit(d, key, copy, undefined);
        return copy;
      }),

    // Deleting is a write like any other: while locked, nothing is readable or writable.
    remove: (id) =>
      store.run(async (d) => {
        await keyFor(d);
        await deletePlan(d, id);
        index.remove(id);
      }),

    revisions: (id) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        // A damaged revision is left out; the plan and its other revisions still open.
        const { ok } = await decodeEach(await readRevisionRecordsOf(d, id), (r) => decodeRevision(key, r));
        return ok.reverse();
      }),

    restore: (id, revisionKey, clientId) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const stored = await readRevisionRecord(d, revisionKey);
        const revision = stored && (await decodeRevision(key, stored));
        return restoreRecord(planIo(d, key, id), revision?.planId === id ? revision : undefined, clientId, now());
      }),

    importPlans: async (plans, onReplaced, observations = [], onObservationReplaced) => {
      // Everything is checked before the transaction opens: a bad record refuses the whole file.
      const checked = checkEach(plans, checkPlan, 'plan');
      const checkedObservations = checkEach(observations, checkObservation, 'observation');
      return store.run(async (d) => {
        const key = await keyFor(d);
        const here = await readAll(d, key);
        const plansKnown = new Set([...checked, ...here.plans].map((p) => p.id).concat(here.damaged));
        const orphan = checkedObservations.findIndex((o) => !plansKnown.has(o.planId));
        if (orphan >= 0)
          throw new PlanStorageError('invalid', describePlanProblem(orphan, observations.length, t('import_orphan'), 'observation'));
        const merge = mergeImport(checked, new Map(here.plans.map((p) => [p.id, p])), new Set(here.damaged), now());
        const revisions: StoredRevision[] = [];
        for (const { before } of merge.replaced) {
          if (!snapshotDue(before, await latestRevision(d, key, before.id), true, now())) continue;
          revisions.push(await encodeRevision(key, revisionOf(before), makeId()));
        }
        const obs = checkedObservations.length ? await prepareObservationImport(d, key, checkedObservations, now(), makeId) : undefined;
        await putRecords(d, {
          plans: await Promise.all(merge.write.map((p) => encodePlan(key, p))),
          revisions,
          observations: obs?.records ?? [],
          observationRevisions: obs?.revisions ?? [],
        });
        for (const plan of merge.write) index.put(summarize(plan));
        for (const { after } of merge.replaced) onReplaced?.(after);
        for (const { after } of obs?.merge.replaced ?? []) onObservationReplaced?.(after);
        return obs ? { ...merge.report, observations: obs.merge.report } : merge.report;
      });
    },

    eraseAll: () =>
      store.run(async (d) => {
        await eraseAllRecords(d);
        index.clear();
        vault.lock();
      }),

    close: store.close,
  };
}
