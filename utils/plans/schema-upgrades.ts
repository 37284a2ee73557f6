import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * The plan database's schema, as an ordered list of upgrade steps: step i brings the database
 * from version i to i + 1. Steps are never edited once released; a change is a new step.
 */
export type UpgradeStep = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void;

export const UPGRADES: readonly UpgradeStep[] = [
  // v1: plans, keyed by their id.
  (db) => {
    db.createObjectStore('plans', { keyPath: 'id' });
  },
  // v2: revision snapshots, many per plan, found by plan id (so a plan's delete can take them).
  (db) => {
    const revisions = db.createObjectStore('revisions', { keyPath: 'key', autoIncrement: true });
    revisions.createIndex('byPlan', 'planId');
  },
  // v3: the passphrase lock's record (wrapped data key, KDF parameters). Records may now be
  // stored encrypted ({ id, rev, v, enc }) beside plain ones; nothing to convert here.
  (db) => {
    db.createObjectStore('meta', { keyPath: 'id' });
  },
  // v4: records sealed from now on bind their additional data as a JSON tuple (record-codec.ts).
  // No store changes, and nothing to convert here: converting needs the data key, so records
  // sealed before are re-sealed at the next unlock, and open as they are until then.
  () => {},
  // v5: reserved for the side-panel work on branch `panel`, which may add its own step here; it
  // replaces this one if it merges before this branch is released. Once a build with this no-op
  // has shipped, that step must come after v6 instead (a released step is never edited).
  () => {},
  // v6: observations, many per plan, found by plan id (so a plan's delete and export take them),
  // and their revisions, found by observation and by plan. Sealed records keep in the clear only
  // these index fields (record-codec.ts). Created only where missing, so a database that some
  // build already brought to this shape upgrades cleanly.
  (db) => {
    if (!db.objectStoreNames.contains('observations')) {
      db.createObjectStore('observations', { keyPath: 'id' }).createIndex('byPlan', 'planId');
    }
    if (!db.objectStoreNames.contains('observationRevisions')) {
      const revisions = db.createObjectStore('observationRevisions', { keyPath: 'key', autoIncrement: true });
      revisions.createIndex('byObservation', 'observationId');
      revisions.createIndex('byPlan', 'planId');
    }
  },
];

export const DB_VERSION = UPGRADES.length;
export const DB_NAME = 'csec-safety-plans';
