import type { IDBPDatabase } from 'idb';
import { KDF_ITERATIONS, KDF_MIN_ITERATIONS } from './crypto';
import { PlanStorageError } from './errors';
import { createKeyState } from './key-state';
import { createListIndex, sortSummaries } from './list-index';
import { createPlan, newId, summarize, type FieldValue, type Plan, type PlanSummary, type Revision } from './model';
import {
  commitPlan,
  deletePlan,
  openPlanStore,
  putPlans,
  readRevisionRecord,
  readRevisionRecordsOf,
  readVault,
  RevConflict,
} from './plan-store';
import { checkPlan, describePlanProblem } from './plan-checks';
import { mergeImport, type ImportReport } from './plan-import';
import { latestRevision, readAll, readPlan, revisionOf, snapshotDue, SNAPSHOT_EVERY_MS, type ReadAll } from './plan-reads';
import { decodeEach, decodeRevision, encodePlan, encodeRevision, type StoredRevision } from './record-codec';
import { createVaultKeeper, type VaultKeeper } from './vault-keeper';

export type { Revision } from './model';
export type { ImportReport } from './plan-import';
export { SNAPSHOT_EVERY_MS, type ReadAll } from './plan-reads';
export { MAX_REVISIONS } from './plan-store';

export type PatchResult = { status: 'saved'; plan: Plan } | { status: 'conflict'; plan: Plan };

export type VaultState = 'none' | 'locked' | 'unlocked';

/** The only code that reads or writes plan storage. Every write is a strict transaction. */
export interface PlanRepository extends VaultKeeper {
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
  /** Deletes the plan and all its revisions. */
  remove(id: string): Promise<void>;
  revisions(id: string): Promise<Revision[]>;
  restore(id: string, revisionKey: number, clientId: string): Promise<Plan>;
  /**
   * Adds the plans in one transaction, all or none, after checking every one of them; for an
   * id already here, the newer copy wins and the one it replaces is kept as a revision.
   * `onReplaced` hears each replacing plan once it is committed (to update open editors).
   */
  importPlans(plans: readonly Plan[], onReplaced?: (plan: Plan) => void): Promise<ImportReport>;
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

  return {
    ...vault,
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
        const key = await keyFor(d);
        const plan = await readPlan(d, key, id);
        if (!plan) throw new PlanStorageError('not-found');
        const stamp = plan.fieldStamps[fieldId];
        if (stamp && stamp.rev > baseRev && stamp.by !== clientId) return { status: 'conflict', plan };
        if (JSON.stringify(plan.data[fieldId] ?? null) === JSON.stringify(value)) return { status: 'saved', plan };
        const due = now() - plan.snapshotAt >= SNAPSHOT_EVERY_MS;
        const snapshot = due && snapshotDue(plan, await latestRevision(d, key, id), false, now());
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
        const plan = await readPlan(d, key, id);
        const stored = await readRevisionRecord(d, revisionKey);
        const revision = stored && (await decodeRevision(key, stored));
        if (!plan || !revision || revision.planId !== id) throw new PlanStorageError('not-found');
        const rev = plan.rev + 1;
        const stamps = Object.fromEntries(
          [...new Set([...Object.keys(plan.data), ...Object.keys(revision.data)])].map((f) => [f, { rev, by: clientId }]),
        );
        const restored: Plan = { ...plan, rev, updatedAt: now(), data: revision.data, fieldStamps: stamps, snapshotAt: now() };
        // Restoring is itself undoable: the current contents become a revision first.
        const snapshot = snapshotDue(plan, await latestRevision(d, key, id), true, now());
        await commit(d, key, restored, plan.rev, snapshot ? plan : undefined);
        return restored;
      }),

    importPlans: (plans, onReplaced) => {
      // Everything is checked before the transaction opens: a bad plan refuses the whole file.
      const checked = plans.map((plan, i) => {
        const result = checkPlan(plan);
        if (typeof result === 'string') throw new PlanStorageError('invalid', describePlanProblem(i, plans.length, result));
        return result;
      });
      return store.run(async (d) => {
        const key = await keyFor(d);
        const here = await readAll(d, key);
        const merge = mergeImport(checked, new Map(here.plans.map((p) => [p.id, p])), new Set(here.damaged), now());
        const revisions: StoredRevision[] = [];
        for (const { before } of merge.replaced) {
          if (!snapshotDue(before, await latestRevision(d, key, before.id), true, now())) continue;
          revisions.push(await encodeRevision(key, revisionOf(before), makeId()));
        }
        await putPlans(d, await Promise.all(merge.write.map((p) => encodePlan(key, p))), revisions);
        for (const plan of merge.write) index.put(summarize(plan));
        for (const { after } of merge.replaced) onReplaced?.(after);
        return merge.report;
      });
    },

    close: store.close,
  };
}
