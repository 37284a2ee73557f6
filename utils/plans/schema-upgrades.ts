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
];

export const DB_VERSION = UPGRADES.length;
export const DB_NAME = 'csec-safety-plans';
