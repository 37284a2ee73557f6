import { openJson, sealJson, type Sealed } from './crypto';
import { PlanStorageError } from './errors';
import type { Plan, Revision } from './model';
import { DB_VERSION } from './schema-upgrades';

/**
 * How plans and revisions are stored: as they are without the lock, sealed with the data key
 * with it. A sealed record keeps in the clear only what indexes need (id, rev, plan id) and the
 * schema version it was sealed under.
 */
export type StoredPlan = Plan | { id: string; rev: number; v: number; enc: Sealed };
export type StoredRevision = Revision | { key?: number; planId: string; rid: string; v: number; enc: Sealed };
export type NewRevision = Omit<Revision, 'key'>;

export const isSealed = (r: object): r is { enc: Sealed; v: number } => 'enc' in r;

/** Additional authenticated data: a ciphertext opens only as the record it was made for. */
const planAad = (id: string, v: number) => `csec-plan|${id}|schema:${v}`;
const revisionAad = (planId: string, rid: string, v: number) => `csec-revision|${planId}|${rid}|schema:${v}`;

const corrupt = () => {
  throw new PlanStorageError('corrupt');
};

export async function encodePlan(key: CryptoKey | undefined, plan: Plan): Promise<StoredPlan> {
  return key ? { id: plan.id, rev: plan.rev, v: DB_VERSION, enc: await sealJson(key, plan, planAad(plan.id, DB_VERSION)) } : plan;
}

export async function decodePlan(key: CryptoKey | undefined, stored: StoredPlan): Promise<Plan> {
  if (!isSealed(stored)) return stored;
  if (!key) throw new PlanStorageError('locked');
  const plan = await openJson<Plan>(key, stored.enc, planAad(stored.id, stored.v)).catch(corrupt);
  if (plan.id !== stored.id) corrupt();
  return plan;
}

/** `rid`: a random id bound into the sealed revision, since its key is given by the store later. */
export async function encodeRevision(key: CryptoKey | undefined, revision: NewRevision, rid: string): Promise<StoredRevision> {
  if (!key) return revision as StoredRevision;
  return {
    planId: revision.planId,
    rid,
    v: DB_VERSION,
    enc: await sealJson(key, revision, revisionAad(revision.planId, rid, DB_VERSION)),
  };
}

export async function decodeRevision(key: CryptoKey | undefined, stored: StoredRevision): Promise<Revision> {
  if (!isSealed(stored)) return stored as Revision;
  if (!key) throw new PlanStorageError('locked');
  const body = await openJson<NewRevision>(key, stored.enc, revisionAad(stored.planId, stored.rid, stored.v)).catch(corrupt);
  return { ...body, key: stored.key as number, planId: stored.planId };
}
