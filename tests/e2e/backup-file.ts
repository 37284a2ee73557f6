/** Backup files for seeding a browser with plans (and observations) through the panel's own import (utils/plans/backup.ts). */

/** A plan as a backup file holds it, last changed `minutesAgo` minutes before `now`. */
export function planRecord(id: string, data: Record<string, unknown>, minutesAgo = 0, now = Date.now()) {
  const at = now - minutesAgo * 60_000;
  return { id, rev: 1, createdAt: at, updatedAt: at, snapshotAt: at, fieldStamps: {}, data };
}

/** The text of a backup file holding `plans`. */
export function backupText(plans: readonly object[], now = Date.now()): string {
  return JSON.stringify({ format: 'csec-safety-plans', version: 1, exportedAt: new Date(now).toISOString(), plans });
}

/** An observation as a backup file holds it (format 2), written on the day it was observed. */
export function observationRecord(id: string, planId: string, data: { observedOn: string; seen: string }, now = Date.now()) {
  const record = { observedOn: data.observedOn, writtenOn: data.observedOn, flags: {}, seen: data.seen, told: [], followUp: '' };
  return { id, planId, rev: 1, createdAt: now, updatedAt: now, snapshotAt: now, fieldStamps: {}, data: record };
}

/** The text of a backup file (format 2) holding `plans` and their `observations`. */
export function backupWithObservations(plans: readonly object[], observations: readonly object[], now = Date.now()): string {
  return JSON.stringify({ format: 'csec-safety-plans', version: 2, exportedAt: new Date(now).toISOString(), plans, observations });
}
