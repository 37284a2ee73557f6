import { openJson, sealJson, type Sealed } from './crypto';
import { PlanStorageError } from './errors';
import type { Plan, Revision } from './model';
import { isObject, isTime } from './plan-checks';
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

/**
 * Additional authenticated data: a ciphertext opens only as the record it was made for.
 * Records sealed from schema 4 on bind a JSON-encoded tuple, which no two different records
 * share. Earlier ones joined the fields with "|", which an id holding a "|" could make
 * ambiguous; they still open (nothing is lost) and are re-sealed at the next unlock.
 */
export const JSON_AAD_FROM = 4;
const planAad = (id: string, v: number) => (v >= JSON_AAD_FROM ? JSON.stringify(['csec-plan', id, v]) : `csec-plan|${id}|schema:${v}`);
const revisionAad = (planId: string, rid: string, v: number) =>
  v >= JSON_AAD_FROM ? JSON.stringify(['csec-revision', planId, rid, v]) : `csec-revision|${planId}|${rid}|schema:${v}`;

/** Sealed under the old "|"-joined additional data (see JSON_AAD_FROM). */
export const isLegacySealed = (r: object) => isSealed(r) && r.v < JSON_AAD_FROM;

const corrupt = (): never => {
  throw new PlanStorageError('corrupt');
};

/** Enough of a plan's shape that the list, the editor and an export can use it. */
function isPlan(value: unknown): value is Plan {
  if (!isObject(value)) return false;
  const { id, rev, createdAt, updatedAt, snapshotAt, data, fieldStamps } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    Number.isInteger(rev) &&
    isTime(createdAt) &&
    isTime(updatedAt) &&
    isTime(snapshotAt) &&
    isObject(data) &&
    isObject(fieldStamps)
  );
}

function isRevisionBody(value: unknown): value is NewRevision {
  return isObject(value) && typeof value.planId === 'string' && isTime(value.savedAt) && isObject(value.data);
}

/**
 * Decodes each record on its own, so one damaged record (a flipped byte, a tampered field)
 * never hides the others: it is reported by itself instead.
 */
export async function decodeEach<S, T>(records: readonly S[], decode: (record: S) => Promise<T>): Promise<{ ok: T[]; damaged: S[] }> {
  const results = await Promise.all(
    records.map((r) =>
      decode(r).then(
        (value) => ({ value }),
        () => undefined,
      ),
    ),
  );
  const ok: T[] = [];
  const damaged: S[] = [];
  results.forEach((result, i) => (result ? ok.push(result.value) : damaged.push(records[i] as S)));
  return { ok, damaged };
}

export async function encodePlan(key: CryptoKey | undefined, plan: Plan): Promise<StoredPlan> {
  return key ? { id: plan.id, rev: plan.rev, v: DB_VERSION, enc: await sealJson(key, plan, planAad(plan.id, DB_VERSION)) } : plan;
}

/** The plan in a stored record; throws "corrupt" when it does not open or is not a whole plan. */
export async function decodePlan(key: CryptoKey | undefined, stored: StoredPlan): Promise<Plan> {
  if (!isSealed(stored)) return isPlan(stored) ? stored : corrupt();
  if (!key) throw new PlanStorageError('locked');
  const plan = await openJson<unknown>(key, stored.enc, planAad(stored.id, stored.v)).catch(corrupt);
  return isPlan(plan) && plan.id === stored.id ? plan : corrupt();
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
  if (!isSealed(stored)) return isRevisionBody(stored) ? (stored as Revision) : corrupt();
  if (!key) throw new PlanStorageError('locked');
  const body = await openJson<unknown>(key, stored.enc, revisionAad(stored.planId, stored.rid, stored.v)).catch(corrupt);
  return isRevisionBody(body) ? { ...body, key: stored.key as number, planId: stored.planId } : corrupt();
}
