import { openDB, type IDBPDatabase } from 'idb';
import { classifyStorageError, PlanStorageError } from './errors';
import { createPlan, newId, summarize, type FieldValue, type Plan, type PlanData, type PlanSummary } from './model';
import { DB_NAME, DB_VERSION, UPGRADES } from './schema-upgrades';

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
  close(): void;
}

export interface RepositoryOptions {
  name?: string;
  now?: () => number;
  makeId?: () => string;
  /** Called when an older copy of the extension holds the database open during an upgrade. */
  onBlocked?: () => void;
}

/** Revisions kept per plan. */
export const MAX_REVISIONS = 50;
/** A snapshot is taken before the first edit that comes this long after the previous one. */
export const SNAPSHOT_EVERY_MS = 60_000;

const STRICT = { durability: 'strict' } as const;

function isNewer(a: Plan, b: Plan): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev);
}

export function openPlanRepository({ name = DB_NAME, now = Date.now, makeId = newId, onBlocked }: RepositoryOptions = {}): PlanRepository {
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

  async function run<T>(work: (d: IDBPDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await db());
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /** Inside a write: keeps the pre-edit contents as a revision, at most every SNAPSHOT_EVERY_MS. */
  async function snapshot(
    revisions: {
      add(v: unknown): Promise<unknown>;
      index(n: 'byPlan'): { getAllKeys(q: string): Promise<IDBValidKey[]> };
      delete(k: IDBValidKey): Promise<void>;
    },
    plan: Plan,
    latest: Revision | undefined,
    force: boolean,
  ): Promise<boolean> {
    if (!force && now() - plan.snapshotAt < SNAPSHOT_EVERY_MS) return false;
    if (latest && JSON.stringify(latest.data) === JSON.stringify(plan.data)) return true;
    await revisions.add({ planId: plan.id, savedAt: plan.updatedAt, data: plan.data });
    const keys = await revisions.index('byPlan').getAllKeys(plan.id);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_REVISIONS))) await revisions.delete(key);
    return true;
  }

  async function latestRevision(d: IDBPDatabase, id: string): Promise<Revision | undefined> {
    const cursor = await d.transaction('revisions').store.index('byPlan').openCursor(IDBKeyRange.only(id), 'prev');
    return cursor?.value as Revision | undefined;
  }

  return {
    list: () =>
      run(async (d) =>
        ((await d.getAll('plans')) as Plan[]).map(summarize).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)),
      ),
    get: (id) => run(async (d) => (await d.get('plans', id)) as Plan | undefined),
    all: () => run(async (d) => (await d.getAll('plans')) as Plan[]),

    create: (id = makeId()) =>
      run(async (d) => {
        const tx = d.transaction('plans', 'readwrite', STRICT);
        const existing = (await tx.store.get(id)) as Plan | undefined;
        if (existing) {
          await tx.done;
          return existing;
        }
        const plan = createPlan(now(), id, makeId);
        await tx.store.add(plan);
        await tx.done;
        return plan;
      }),

    patch: (id, fieldId, value, baseRev, clientId) =>
      run(async (d) => {
        // Read the newest snapshot before the write transaction: nothing but IDB requests may
        // be awaited inside one, or it commits early.
        const latest = await latestRevision(d, id);
        const tx = d.transaction(['plans', 'revisions'], 'readwrite', STRICT);
        const plan = (await tx.objectStore('plans').get(id)) as Plan | undefined;
        if (!plan) throw new PlanStorageError('not-found');
        const stamp = plan.fieldStamps[fieldId];
        if (stamp && stamp.rev > baseRev && stamp.by !== clientId) {
          tx.abort();
          await tx.done.catch(() => {});
          return { status: 'conflict', plan };
        }
        if (JSON.stringify(plan.data[fieldId] ?? null) === JSON.stringify(value)) {
          await tx.done;
          return { status: 'saved', plan };
        }
        const snapped = await snapshot(tx.objectStore('revisions') as never, plan, latest, false);
        const rev = plan.rev + 1;
        const updated: Plan = {
          ...plan,
          rev,
          updatedAt: now(),
          data: { ...plan.data, [fieldId]: value },
          fieldStamps: { ...plan.fieldStamps, [fieldId]: { rev, by: clientId } },
          snapshotAt: snapped ? now() : plan.snapshotAt,
        };
        await tx.objectStore('plans').put(updated);
        await tx.done;
        return { status: 'saved', plan: updated };
      }),

    duplicate: (id, nickname) =>
      run(async (d) => {
        const tx = d.transaction('plans', 'readwrite', STRICT);
        const source = (await tx.store.get(id)) as Plan | undefined;
        if (!source) throw new PlanStorageError('not-found');
        const copy: Plan = { ...createPlan(now(), makeId(), makeId), data: { ...structuredClone(source.data), nickname } };
        await tx.store.add(copy);
        await tx.done;
        return copy;
      }),

    remove: (id) =>
      run(async (d) => {
        const tx = d.transaction(['plans', 'revisions'], 'readwrite', STRICT);
        await tx.objectStore('plans').delete(id);
        const revisions = tx.objectStore('revisions');
        for (const key of await revisions.index('byPlan').getAllKeys(id)) await revisions.delete(key);
        await tx.done;
      }),

    revisions: (id) => run(async (d) => ((await d.getAllFromIndex('revisions', 'byPlan', id)) as Revision[]).reverse()),

    restore: (id, revisionKey, clientId) =>
      run(async (d) => {
        const latest = await latestRevision(d, id);
        const tx = d.transaction(['plans', 'revisions'], 'readwrite', STRICT);
        const plan = (await tx.objectStore('plans').get(id)) as Plan | undefined;
        const revision = (await tx.objectStore('revisions').get(revisionKey)) as Revision | undefined;
        if (!plan || !revision || revision.planId !== id) throw new PlanStorageError('not-found');
        // Restoring is itself undoable: the current contents become a revision first.
        await snapshot(tx.objectStore('revisions') as never, plan, latest, true);
        const rev = plan.rev + 1;
        const stamps = Object.fromEntries(
          [...new Set([...Object.keys(plan.data), ...Object.keys(revision.data)])].map((f) => [f, { rev, by: clientId }]),
        );
        const restored: Plan = { ...plan, rev, updatedAt: now(), data: revision.data, fieldStamps: stamps, snapshotAt: now() };
        await tx.objectStore('plans').put(restored);
        await tx.done;
        return restored;
      }),

    importPlans: (plans) =>
      run(async (d) => {
        const report: ImportReport = { added: 0, replaced: 0, keptNewer: 0 };
        const tx = d.transaction('plans', 'readwrite', STRICT);
        for (const plan of plans) {
          const existing = (await tx.store.get(plan.id)) as Plan | undefined;
          if (existing && !isNewer(plan, existing)) {
            report.keptNewer++;
            continue;
          }
          await tx.store.put(plan);
          if (existing) report.replaced++;
          else report.added++;
        }
        await tx.done;
        return report;
      }),

    close() {
      void connection?.then((d) => d.close());
      connection = undefined;
    },
  };
}
