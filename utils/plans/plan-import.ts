import type { Plan } from './model';

export interface ImportReport {
  added: number;
  replaced: number;
  /** Plans in the file that were older than the copy already here. */
  keptNewer: number;
}

/** What importing a file changes: the plans to write, and which plans here they replace. */
export interface ImportMerge {
  report: ImportReport;
  write: Plan[];
  /** Each plan here that a newer copy replaces (kept as a revision), with what replaces it. */
  replaced: Array<{ before: Plan; after: Plan }>;
}

/** The writer id that stamps fields written by an import. */
export const IMPORT_WRITER = 'import';

/** Whether `a` was changed after `b` (on the same clock: then the higher revision wins). */
export function isNewer(a: Plan, b: Plan): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev);
}

/** A file's times, none later than now: a far-future clock must not make a copy win for ever. */
function clampTimes(plan: Plan, now: number): Plan {
  return {
    ...plan,
    createdAt: Math.min(plan.createdAt, now),
    updatedAt: Math.min(plan.updatedAt, now),
    snapshotAt: Math.min(plan.snapshotAt, now),
  };
}

/**
 * Merges checked plans from a file into the plans here (`damaged`: ids here whose record does
 * not open; the file's copy restores them). For an id already here, the newer copy wins. A
 * winning copy gets a revision number past both, so open editors adopt it, and every field is
 * stamped as written by the import, so a window still typing on the old text gets a conflict
 * instead of silently writing over it.
 */
export function mergeImport(
  incoming: readonly Plan[],
  here: ReadonlyMap<string, Plan>,
  damaged: ReadonlySet<string>,
  now: number,
): ImportMerge {
  const report: ImportReport = { added: 0, replaced: 0, keptNewer: 0 };
  const write: Plan[] = [];
  const replaced: ImportMerge['replaced'] = [];
  for (const plan of incoming) {
    const before = here.get(plan.id);
    if (!before) {
      report[damaged.has(plan.id) ? 'replaced' : 'added']++;
      write.push(clampTimes(plan, now));
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
