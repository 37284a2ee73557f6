import type { IDBPDatabase } from 'idb';
import type { Plan, Revision } from './model';
import { readAllPlanRecords, readLatestRevisionRecord, readPlanRecord } from './plan-store';
import { decodeEach, decodePlan, decodeRevision, type NewRevision } from './record-codec';

/** Reads that decode: the store's records as plans and revisions, with the key (or none). */

export { SNAPSHOT_EVERY_MS, snapshotDue } from './field-patch';

export interface ReadAll {
  plans: Plan[];
  /** Ids of plans whose stored record is damaged: left out, and reported. */
  damaged: string[];
}

export async function readPlan(d: IDBPDatabase, key: CryptoKey | undefined, id: string): Promise<Plan | undefined> {
  const stored = await readPlanRecord(d, id);
  return stored && decodePlan(key, stored);
}

/** Every plan that opens, and the ids of the records that do not (one never hides the others). */
export async function readAll(d: IDBPDatabase, key: CryptoKey | undefined): Promise<ReadAll> {
  const { ok, damaged } = await decodeEach(await readAllPlanRecords(d), (p) => decodePlan(key, p));
  return { plans: ok, damaged: damaged.map((p) => p.id) };
}

/** The newest revision kept; a damaged one counts as none, so a fresh snapshot is taken. */
export async function latestRevision(d: IDBPDatabase, key: CryptoKey | undefined, id: string): Promise<Revision | undefined> {
  const stored = await readLatestRevisionRecord(d, id);
  return stored && decodeRevision(key, stored).catch(() => undefined);
}

/** A plan's contents as a revision to keep. */
export const revisionOf = (plan: Plan): NewRevision => ({ planId: plan.id, savedAt: plan.updatedAt, data: plan.data });
