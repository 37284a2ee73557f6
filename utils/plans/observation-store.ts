import type { IDBPDatabase } from 'idb';
import { addObservationRevision, RevConflict, write } from './plan-store';
import type { StoredObservation, StoredObservationRevision } from './record-codec';

/**
 * The observation stores' transactions, beside plan-store.ts (same strict writes, same rules:
 * records arrive encoded, and nothing but IndexedDB is awaited inside a transaction).
 */

export const readObservationRecord = async (d: IDBPDatabase, id: string) =>
  (await d.get('observations', id)) as StoredObservation | undefined;

/** One plan's observations, through the plan index: a plan with 200 reads 200, whatever the others hold. */
export const readObservationRecordsOf = async (d: IDBPDatabase, planId: string) =>
  (await d.getAllFromIndex('observations', 'byPlan', planId)) as StoredObservation[];

export const readAllObservationRecords = async (d: IDBPDatabase) => (await d.getAll('observations')) as StoredObservation[];

export const readAllObservationRevisionRecords = async (d: IDBPDatabase) =>
  (await d.getAll('observationRevisions')) as StoredObservationRevision[];

export const readObservationRevisionRecordsOf = async (d: IDBPDatabase, observationId: string) =>
  (await d.getAllFromIndex('observationRevisions', 'byObservation', observationId)) as StoredObservationRevision[];

export const readObservationRevisionRecord = async (d: IDBPDatabase, key: number) =>
  (await d.get('observationRevisions', key)) as StoredObservationRevision | undefined;

/** The newest revision of an observation, as stored. */
export async function readLatestObservationRevisionRecord(d: IDBPDatabase, observationId: string) {
  const index = d.transaction('observationRevisions').store.index('byObservation');
  const cursor = await index.openCursor(IDBKeyRange.only(observationId), 'prev');
  return cursor?.value as StoredObservationRevision | undefined;
}

/**
 * Writes an observation, and a revision when one is given, if the stored one is still at
 * `expectedRev` (undefined: not there yet) and its plan still exists. Otherwise throws
 * RevConflict, or "gone" when the plan was deleted meanwhile; nothing is written.
 */
export const commitObservation = (
  d: IDBPDatabase,
  observation: StoredObservation,
  expectedRev: number | undefined,
  revision?: StoredObservationRevision,
) =>
  write(d, ['plans', 'observations', 'observationRevisions'], async (tx) => {
    if (!(await tx.objectStore('plans').getKey(observation.planId))) throw new PlanGone();
    const current = (await tx.objectStore('observations').get(observation.id)) as StoredObservation | undefined;
    if (current?.rev !== expectedRev) throw new RevConflict();
    if (revision) await addObservationRevision(tx, revision);
    await tx.objectStore('observations').put(observation);
  });

/** The plan an observation is written for no longer exists (deleted in another window). */
export class PlanGone extends Error {}

/** Deletes an observation and every revision of it. */
export const deleteObservation = (d: IDBPDatabase, id: string) =>
  write(d, ['observations', 'observationRevisions'], async (tx) => {
    await tx.objectStore('observations').delete(id);
    const revisions = tx.objectStore('observationRevisions');
    for (const k of await revisions.index('byObservation').getAllKeys(id)) await revisions.delete(k);
  });
