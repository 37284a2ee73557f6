import { PlanStorageError } from './errors';
import type { FieldStamp, FieldValue } from './model';

/** A snapshot is taken before the first edit that comes this long after the previous one. */
export const SNAPSHOT_EVERY_MS = 60_000;

/** What plans and observations share: contents edited field by field, stamped, snapshotted. */
export interface StampedRecord {
  rev: number;
  updatedAt: number;
  snapshotAt: number;
  data: Record<string, FieldValue>;
  fieldStamps: Record<string, FieldStamp>;
}

/** How the repository reads and writes one record of a kind (a plan, an observation). */
export interface RecordIo<T extends StampedRecord> {
  read(): Promise<T | undefined>;
  /** The newest revision kept (a damaged one counts as none). */
  latest(): Promise<{ data: T['data'] } | undefined>;
  /** Writes `updated` if the stored copy is still at `expectedRev`, with a revision of `snapshotOf`. */
  commit(updated: T, expectedRev: number, snapshotOf?: T): Promise<void>;
}

/** Whether a revision of `record` is due at `now` (or `force`d) and differs from the newest one kept. */
export function snapshotDue(record: StampedRecord, latest: { data: unknown } | undefined, force: boolean, now: number): boolean {
  if (!force && now - record.snapshotAt < SNAPSHOT_EVERY_MS) return false;
  return !latest || JSON.stringify(latest.data) !== JSON.stringify(record.data);
}

/**
 * Writes one field, unless another writer changed it after `baseRev` (then: conflict, and the
 * stored record is returned unchanged). Writing what is already there writes nothing.
 */
export async function patchRecord<T extends StampedRecord>(
  io: RecordIo<T>,
  fieldId: string,
  value: FieldValue,
  baseRev: number,
  clientId: string,
  now: number,
): Promise<{ status: 'saved' | 'conflict'; record: T }> {
  const record = await io.read();
  if (!record) throw new PlanStorageError('not-found');
  const stamp = record.fieldStamps[fieldId];
  if (stamp && stamp.rev > baseRev && stamp.by !== clientId) return { status: 'conflict', record };
  if (JSON.stringify(record.data[fieldId] ?? null) === JSON.stringify(value)) return { status: 'saved', record };
  const due = now - record.snapshotAt >= SNAPSHOT_EVERY_MS;
  const snapshot = due && snapshotDue(record, await io.latest(), false, now);
  const rev = record.rev + 1;
  const updated: T = {
    ...record,
    rev,
    updatedAt: now,
    data: { ...record.data, [fieldId]: value },
    fieldStamps: { ...record.fieldStamps, [fieldId]: { rev, by: clientId } },
    snapshotAt: due ? now : record.snapshotAt,
  };
  await io.commit(updated, record.rev, snapshot ? record : undefined);
  return { status: 'saved', record: updated };
}

/**
 * Puts an earlier version's contents back. Restoring is itself undoable: the current contents
 * become a revision first. Every field is stamped, so open editors adopt the restored text.
 */
export async function restoreRecord<T extends StampedRecord>(
  io: RecordIo<T>,
  revision: { data: T['data'] } | undefined,
  clientId: string,
  now: number,
): Promise<T> {
  const record = await io.read();
  if (!record || !revision) throw new PlanStorageError('not-found');
  const rev = record.rev + 1;
  const fields = new Set([...Object.keys(record.data), ...Object.keys(revision.data)]);
  const stamps = Object.fromEntries([...fields].map((f) => [f, { rev, by: clientId }]));
  const restored: T = { ...record, rev, updatedAt: now, data: revision.data, fieldStamps: stamps, snapshotAt: now };
  const snapshot = snapshotDue(record, await io.latest(), true, now);
  await io.commit(restored, record.rev, snapshot ? record : undefined);
  return restored;
}
