import type { StampedRecord } from './field-patch';

export interface ImportCounts {
  added: number;
  replaced: number;
  /** Records in the file that were older than the copy already here. */
  keptNewer: number;
  /** Records in the file that are the copy already here (the same revision, saved at the same time). */
  same: number;
}

/** What an import did to plans, and (when the file held any) to observations. */
export interface ImportReport extends ImportCounts {
  observations?: ImportCounts;
}

/** A plan or an observation, as the merge sees it. */
type Mergeable = StampedRecord & { id: string; createdAt: number };

/** What importing a file changes: the records to write, and which records here they replace. */
export interface ImportMerge<T extends Mergeable> {
  report: ImportCounts;
  write: T[];
  /** Each record here that a newer copy replaces (kept as a revision), with what replaces it. */
  replaced: Array<{ before: T; after: T }>;
}

/** The writer id that stamps fields written by an import. */
export const IMPORT_WRITER = 'import';

/** Whether `a` was changed after `b` (on the same clock: then the higher revision wins). */
export function isNewer(a: Mergeable, b: Mergeable): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev);
}

/** Contents as text with every object's keys in order: a file's copy and this one compare equal when they say the same. */
const canonical = (data: unknown): string =>
  JSON.stringify(data, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

/** A file's times, none later than now: a far-future clock must not make a copy win for ever. */
function clampTimes<T extends Mergeable>(plan: T, now: number): T {
  return {
    ...plan,
    createdAt: Math.min(plan.createdAt, now),
    updatedAt: Math.min(plan.updatedAt, now),
    snapshotAt: Math.min(plan.snapshotAt, now),
  };
}

/**
 * Merges checked plans (or observations) from a file into those here (`damaged`: ids here whose record does
 * not open; the file's copy restores them). For an id already here, the newer copy wins. A
 * winning copy gets a revision number past both, so open editors adopt it, and every field is
 * stamped as written by the import, so a window still typing on the old text gets a conflict
 * instead of silently writing over it.
 */
export function mergeImport<T extends Mergeable>(
  incoming: readonly T[],
  here: ReadonlyMap<string, T>,
  damaged: ReadonlySet<string>,
  now: number,
): ImportMerge<T> {
  const report: ImportCounts = { added: 0, replaced: 0, keptNewer: 0, same: 0 };
  const write: T[] = [];
  const replaced: ImportMerge<T>['replaced'] = [];
  for (const plan of incoming) {
    const before = here.get(plan.id);
    if (!before) {
      report[damaged.has(plan.id) ? 'replaced' : 'added']++;
      write.push(clampTimes(plan, now));
    } else if (canonical(plan.data) === canonical(before.data)) {
      // The same words, whatever the revision: a backup imported again, or one that went to
      // another device and came back. Writing it would only make the next import an "update".
      report.same++;
    } else if (!isNewer(plan, before)) {
      report.keptNewer++;
    } else {
      report.replaced++;
      const rev = Math.max(before.rev, plan.rev) + 1;
      const fields = new Set([...Object.keys(before.data), ...Object.keys(plan.data)]);
      const stamps = Object.fromEntries([...fields].map((f) => [f, { rev, by: IMPORT_WRITER }]));
      const after = { ...clampTimes(plan, now), rev, fieldStamps: stamps };
      write.push(after);
      replaced.push({ before, after });
    }
  }
  return { report, write, replaced };
}
