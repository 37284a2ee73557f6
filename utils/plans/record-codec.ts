import { openJson, sealJson, type Sealed } from './crypto';
import { PlanStorageError } from './errors';
import type { Plan, Revision } from './model';
import type { Observation, ObservationRevision } from './observation-model';
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
/** Observations: sealed ones keep their id, plan id and rev in the clear (the plan index, the rev check). */
export type StoredObservation = Observation | { id: string; planId: string; rev: number; v: number; enc: Sealed };
export type StoredObservationRevision =
  ObservationRevision | { key?: number; observationId: string; planId: string; rid: string; v: number; enc: Sealed };
export type NewObservationRevision = Omit<ObservationRevision, 'key'>;

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

/**
 * Observations have always been sealed with JSON tuples of their own kind, bound to their plan
 * too: a sealed observation cannot be passed off as a plan, a revision, or another youth's.
 */
const observationAad = (id: string, planId: string, v: number) => JSON.stringify(['csec-observation', id, planId, v]);
const observationRevisionAad = (observationId: string, planId: string, rid: string, v: number) =>
  JSON.stringify(['csec-observation-revision', observationId, planId, rid, v]);

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

function isObservation(value: unknown): value is Observation {
  if (!isObject(value)) return false;
  const { id, planId, rev, createdAt, updatedAt, snapshotAt, data, fieldStamps } = value;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof planId === 'string' &&
    Number.isInteger(rev) &&
    [createdAt, updatedAt, snapshotAt].every(isTime) &&
    isObject(data) &&
    isObject(fieldStamps)
  );
}

function isObservationRevisionBody(value: unknown): value is NewObservationRevision {
  return isObject(value) && typeof value.observationId === 'string' && isRevisionBody(value);
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

/** Seals `body` under `key` with `aad`, keeping `clear` (what indexes need) readable; without a key, `body` as it is. */
async function seal<T extends object, C extends object>(key: CryptoKey | undefined, body: T, clear: C, aad: (v: number) => string) {
  return key ? { ...clear, v: DB_VERSION, enc: await sealJson(key, body, aad(DB_VERSION)) } : body;
}

/**
 * The body of a stored record: as it is when plain, opened when sealed. Throws "corrupt" when
 * it does not open with its own additional data, is not whole, or does not `match` its clear fields.
 */
async function unseal<T>(
  key: CryptoKey | undefined,
  stored: object,
  aad: (v: number) => string,
  isBody: (value: unknown) => value is T,
  matches: (body: T) => boolean = () => true,
): Promise<T> {
  if (!isSealed(stored)) return isBody(stored) ? stored : corrupt();
  if (!key) throw new PlanStorageError('locked');
  const body = await openJson<unknown>(key, stored.enc, aad(stored.v)).catch(corrupt);
  return isBody(body) && matches(body) ? body : corrupt();
}

export const encodePlan = (key: CryptoKey | undefined, plan: Plan) =>
  seal(key, plan, { id: plan.id, rev: plan.rev }, (v) => planAad(plan.id, v)) as Promise<StoredPlan>;

/** The plan in a stored record; throws "corrupt" when it does not open or is not a whole plan. */
export const decodePlan = (key: CryptoKey | undefined, stored: StoredPlan): Promise<Plan> =>
  unseal(
    key,
    stored,
    (v) => planAad(stored.id, v),
    isPlan,
    (plan) => plan.id === stored.id,
  );

/** `rid`: a random id bound into the sealed revision, since its key is given by the store later. */
export const encodeRevision = (key: CryptoKey | undefined, revision: NewRevision, rid: string) =>
  seal(key, revision, { planId: revision.planId, rid }, (v) => revisionAad(revision.planId, rid, v)) as Promise<StoredRevision>;

export async function decodeRevision(key: CryptoKey | undefined, stored: StoredRevision): Promise<Revision> {
  if (!isSealed(stored)) return isRevisionBody(stored) ? (stored as Revision) : corrupt();
  const body = await unseal(key, stored, (v) => revisionAad(stored.planId, stored.rid, v), isRevisionBody);
  return { ...body, key: stored.key as number, planId: stored.planId };
}

export const encodeObservation = (key: CryptoKey | undefined, o: Observation) =>
  seal(key, o, { id: o.id, planId: o.planId, rev: o.rev }, (v) => observationAad(o.id, o.planId, v)) as Promise<StoredObservation>;

/** The observation in a stored record; throws "corrupt" when it does not open, is not whole, or was moved. */
export const decodeObservation = (key: CryptoKey | undefined, stored: StoredObservation): Promise<Observation> =>
  unseal(
    key,
    stored,
    (v) => observationAad(stored.id, stored.planId, v),
    isObservation,
    (o) => o.id === stored.id && o.planId === stored.planId,
  );

export const encodeObservationRevision = (key: CryptoKey | undefined, revision: NewObservationRevision, rid: string) =>
  seal(key, revision, { observationId: revision.observationId, planId: revision.planId, rid }, (v) =>
    observationRevisionAad(revision.observationId, revision.planId, rid, v),
  ) as Promise<StoredObservationRevision>;

export async function decodeObservationRevision(
  key: CryptoKey | undefined,
  stored: StoredObservationRevision,
): Promise<ObservationRevision> {
  if (!isSealed(stored)) return isObservationRevisionBody(stored) ? (stored as ObservationRevision) : corrupt();
  const { observationId, planId, rid } = stored;
  const body = await unseal(key, stored, (v) => observationRevisionAad(observationId, planId, rid, v), isObservationRevisionBody);
  return { ...body, key: stored.key as number, observationId, planId };
}
