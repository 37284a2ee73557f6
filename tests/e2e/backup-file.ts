/** Backup files for seeding a browser with plans through the panel's own import (utils/plans/backup.ts's format 1). */

/** A plan as a backup file holds it, last changed `minutesAgo` minutes before `now`. */
export function planRecord(id: string, data: Record<string, unknown>, minutesAgo = 0, now = Date.now()) {
  const at = now - minutesAgo * 60_000;
  return { id, rev: 1, createdAt: at, updatedAt: at, snapshotAt: at, fieldStamps: {}, data };
}

/** The text of a backup file holding `plans`. */
export function backupText(plans: readonly object[], now = Date.now()): string {
  return JSON.stringify({ format: 'csec-safety-plans', version: 1, exportedAt: new Date(now).toISOString(), plans });
}
