import { openPlanRepository, type RepositoryOptions } from '@/utils/plans/repository';

let counter = 0;

/** A repository on a fresh, uniquely named fake-indexeddb database, with a controllable clock. */
export function freshRepository(options: RepositoryOptions = {}) {
  const clock = { now: 1_700_000_000_000 };
  let ids = 0;
  const name = `test-plans-${++counter}-${Math.random().toString(36).slice(2)}`;
  const repository = openPlanRepository({ name, now: () => clock.now, makeId: () => `id-${++ids}`, ...options });
  return { repository, clock, name };
}
