import { createPlanClient } from '@/utils/plans/client';
import { openPlanRepository, type PlanRepository, type RepositoryOptions } from '@/utils/plans/repository';
import { createPlanService, type ServiceOptions } from '@/utils/plans/service';
import type { PortLike } from '@/utils/port';
import { createPortPair } from '../fake-port';

let counter = 0;

/** A repository on a fresh, uniquely named fake-indexeddb database, with a controllable clock. */
export function freshRepository(options: RepositoryOptions = {}) {
  const clock = { now: 1_700_000_000_000 };
  let ids = 0;
  const name = `test-plans-${++counter}-${Math.random().toString(36).slice(2)}`;
  const repository = openPlanRepository({ name, now: () => clock.now, makeId: () => `id-${++ids}`, ...options });
  return { repository, clock, name };
}

/**
 * A plan service over `repository`, and pages that connect to it over in-memory ports.
 * `ports` holds every pair made, so a test can stop "the worker" (disconnect the last one).
 */
export function servePlans(repository: PlanRepository, options: ServiceOptions = {}, wrapPage: (port: PortLike) => PortLike = (p) => p) {
  const service = createPlanService(repository, options);
  const ports: Array<ReturnType<typeof createPortPair>> = [];
  const connect = (clientId?: string) =>
    createPlanClient(() => {
      const pair = createPortPair('plans');
      ports.push(pair);
      service.connect(pair.background);
      return wrapPage(pair.page);
    }, clientId);
  return { service, connect, ports };
}
