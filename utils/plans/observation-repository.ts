import { t } from '@/utils/i18n';
import type { IDBPDatabase } from 'idb';
import { PlanStorageError } from './errors';
import { patchRecord, restoreRecord, snapshotDue, type RecordIo } from './field-patch';
import type { FieldValue } from './model';
import { newObservation, type Observation, type ObservationData, type ObservationRevision } from './observation-model';
import {
  commitObservation,
  deleteObservation,
  PlanGone,
  readAllObservationRecords,
  readLatestObservationRevisionRecord,
  readObservationRecord,
  readObservationRecordsOf,
  readObservationRevisionRecord,
  readObservationRevisionRecordsOf,
} from './observation-store';
import { RevConflict } from './plan-store';
import { mergeImport, type ImportMerge } from './plan-import';
import { describePlanProblem } from './plan-checks';
import {
  decodeEach,
  decodeObservation,
  decodeObservationRevision,
  encodeObservation,
  encodeObservationRevision,
  type StoredObservation,
  type StoredObservationRevision,
} from './record-codec';
import type { PlanStore } from './plan-store';

export type ObservationPatchResult = { status: 'saved' | 'conflict'; observation: Observation };

/** One plan's observations that open, and the ids of those whose stored record does not. */
export interface PlanObservations {
  observations: Observation[];
  damaged: string[];
}

/** The observations part of the plan repository (repository.ts composes it in). */
export interface ObservationRepository {
  /** A plan's observations, in no particular order; a damaged record is listed by id, never hidden. */
  observations(planId: string): Promise<PlanObservations>;
  /** Creates an observation with this id, or returns the one that already has it. */
  createObservation(planId: string, id: string, data: ObservationData): Promise<Observation>;
  patchObservation(id: string, fieldId: string, value: FieldValue, baseRev: number, clientId: string): Promise<ObservationPatchResult>;
  /** Deletes it and its revisions; resolves to its plan's id (undefined: there was none). */
  removeObservation(id: string): Promise<string | undefined>;
  observationRevisions(id: string): Promise<ObservationRevision[]>;
  restoreObservation(id: string, revisionKey: number, clientId: string): Promise<Observation>;
  /** Every observation that opens (for a backup), and how many did not. */
  allObservations(): Promise<{ observations: Observation[]; damaged: number }>;
}

interface Deps {
  store: PlanStore;
  /** The key to encrypt with, or undefined when there is no lock; throws when locked. */
  keyFor: (d: IDBPDatabase) => Promise<CryptoKey | undefined>;
  now: () => number;
  makeId: () => string;
}

const revisionOf = (o: Observation) => ({ observationId: o.id, planId: o.planId, savedAt: o.updatedAt, data: o.data });

/** What the storage layer throws, in the words the pages understand. */
function translate(error: unknown): never {
  if (error instanceof RevConflict) throw new PlanStorageError('conflict');
  if (error instanceof PlanGone) throw new PlanStorageError('not-found');
  throw error;
}

export async function readObservation(d: IDBPDatabase, key: CryptoKey | undefined, id: string) {
  const stored = await readObservationRecord(d, id);
  return stored && decodeObservation(key, stored);
}

async function latestObservationRevision(d: IDBPDatabase, key: CryptoKey | undefined, id: string) {
  const stored = await readLatestObservationRevisionRecord(d, id);
  return stored && decodeObservationRevision(key, stored).catch(() => undefined);
}

/** Encodes an observation (and a revision of `snapshotOf`) and commits it if still at `expectedRev`. */
async function commit(
  deps: Deps,
  d: IDBPDatabase,
  key: CryptoKey | undefined,
  o: Observation,
  expectedRev?: number,
  snapshotOf?: Observation,
) {
  const stored = await encodeObservation(key, o);
  const revision = snapshotOf && (await encodeObservationRevision(key, revisionOf(snapshotOf), deps.makeId()));
  await commitObservation(d, stored, expectedRev, revision).catch(translate);
}

export function createObservationRepository(deps: Deps): ObservationRepository {
  const { store, keyFor, now } = deps;
  const io = (d: IDBPDatabase, key: CryptoKey | undefined, id: string): RecordIo<Observation> => ({
    read: () => readObservation(d, key, id),
    latest: () => latestObservationRevision(d, key, id),
    commit: (updated, expectedRev, snapshotOf) => commit(deps, d, key, updated, expectedRev, snapshotOf),
  });

  return {
    observations: (planId) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const { ok, damaged } = await decodeEach(await readObservationRecordsOf(d, planId), (o) => decodeObservation(key, o));
        return { observations: ok, damaged: damaged.map((o) => o.id) };
      }),

    createObservation: (planId, id, data) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const existing = await readObservation(d, key, id);
        if (existing?.planId === planId) return existing;
        if (existing) throw new PlanStorageError('invalid', 'That observation belongs to another plan. Nothing was changed.');
        const observation = newObservation(id, planId, data, now());
        await commit(deps, d, key, observation);
        return observation;
      }),

    patchObservation: (id, fieldId, value, baseRev, clientId) =>
      store.run(async (d) => {
        const { status, record } = await patchRecord(io(d, await keyFor(d), id), fieldId, value, baseRev, clientId, now());
        return { status, observation: record };
      }),

    // Deleting is a write like any other: while locked, nothing is readable or writable.
    removeObservation: (id) =>
      store.run(async (d) => {
        await keyFor(d);
        const stored = await readObservationRecord(d, id);
        await deleteObservation(d, id);
        return stored?.planId;
      }),

    observationRevisions: (id) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const records = await readObservationRevisionRecordsOf(d, id);
        const { ok } = await decodeEach(records, (r) => decodeObservationRevision(key, r));
        return ok.reverse();
      }),

    restoreObservation: (id, revisionKey, clientId) =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const stored = await readObservationRevisionRecord(d, revisionKey);
        const revision = stored && (await decodeObservationRevision(key, stored));
        return restoreRecord(io(d, key, id), revision?.observationId === id ? revision : undefined, clientId, now());
      }),

    allObservations: () =>
      store.run(async (d) => {
        const key = await keyFor(d);
        const { ok, damaged } = await decodeEach(await readAllObservationRecords(d), (o) => decodeObservation(key, o));
        return { observations: ok, damaged: damaged.length };
      }),
  };
}

/** An import's observations, merged with those here and encoded: what to write in the import's transaction. */
export interface ObservationImport {
  merge: ImportMerge<Observation>;
  records: StoredObservation[];
  revisions: StoredObservationRevision[];
}

/**
 * Merges a file's observations into those here, as plans are merged (the newer copy wins, the
 * one it replaces is kept as a revision). An id here that belongs to another plan refuses the file.
 */
export async function prepareObservationImport(
  d: IDBPDatabase,
  key: CryptoKey | undefined,
  incoming: readonly Observation[],
  now: number,
  makeId: () => string,
): Promise<ObservationImport> {
  const { ok, damaged } = await decodeEach(await readAllObservationRecords(d), (o) => decodeObservation(key, o));
  const here = new Map(ok.map((o) => [o.id, o]));
  const damagedHere = new Map(damaged.map((o) => [o.id, o.planId]));
  const moved = incoming.findIndex((o) => (here.get(o.id)?.planId ?? damagedHere.get(o.id) ?? o.planId) !== o.planId);
  if (moved >= 0) throw new PlanStorageError('invalid', describePlanProblem(moved, incoming.length, t('import_moved'), 'observation'));
  const merge = mergeImport(incoming, here, new Set(damagedHere.keys()), now);
  const revisions: StoredObservationRevision[] = [];
  for (const { before } of merge.replaced) {
    if (!snapshotDue(before, await latestObservationRevision(d, key, before.id), true, now)) continue;
    revisions.push(await encodeObservationRevision(key, revisionOf(before), makeId()));
  }
  return { merge, records: await Promise.all(merge.write.map((o) => encodeObservation(key, o))), revisions };
}
