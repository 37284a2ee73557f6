import type { browser as Browser } from 'wxt/browser';
import { createPlanClient, type PlanClient } from '@/utils/plans/client';
import type { Plan, PlanSummary } from '@/utils/plans/model';
import { PLAN_PORT } from '@/utils/plans/protocol';
import type { PlanObservations, VaultState } from '@/utils/plans/repository';
import type { PortLike } from '@/utils/port';

/** The plan port, and the first answers the panel needs, already asked for. */
export interface PanelBoot {
  client: PlanClient;
  /** The lock's state, asked for at start-up; handed out once (a later mount asks again). */
  takeVault(): Promise<VaultState> | undefined;
  /** The plan list, asked for at start-up; handed out once. */
  takeList(): Promise<PlanSummary[]> | undefined;
  /** The plan the address names, asked for at start-up; handed out once, and for that id only. */
  takePlan(id: string): Promise<Plan | null> | undefined;
  /** Its observations, when the address shows them; handed out as takePlan. */
  takeObservations(planId: string): Promise<PlanObservations> | undefined;
  /** Settles once the first list has been answered (however): what can wait until then, waits. */
  answered: Promise<void>;
}

/** What the panel's address names: #plan=<id>, &view=observations, &observation=<id> (links.ts). */
export interface LinkedPlan {
  planId?: string;
  /** Present when the plan's observations are shown, with the one to open. */
  observations?: { observationId?: string };
}

export function linkedPlanOf(hash: string): LinkedPlan {
  const linked = new URLSearchParams(hash.slice(1));
  const observations =
    linked.get('view') === 'observations' || linked.has('observation')
      ? { observationId: linked.get('observation') ?? undefined }
      : undefined;
  return { planId: linked.get('plan') ?? undefined, observations };
}

/** A promise handed out once; a rejection nobody took is not reported as unhandled. */
function once<T>(promise: Promise<T>): () => Promise<T> | undefined {
  let taken = false;
  promise.catch(() => {});
  return () => (taken ? undefined : ((taken = true), promise));
}

/** The same for a promise asked for one id (none: nothing to hand out). */
function onceFor<T>(id: string | undefined, promise: (id: string) => Promise<T>): (wanted: string) => Promise<T> | undefined {
  const take = id === undefined ? () => undefined : once(promise(id));
  return (wanted) => (wanted === id ? take() : undefined);
}

/**
 * The runtime API straight from the browser (Firefox's `browser`, Chrome's `chrome`): opening
 * a port needs no promise polyfill, and this module must load before anything else.
 */
function runtime(): typeof Browser.runtime {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
  return (g.browser ?? g.chrome)!.runtime;
}

/**
 * Opens the plan port and asks for the lock's state and the list at once, and for the plan
 * (and its observations) the address names. It runs before the rest of the panel has even
 * loaded (main.tsx loads the app after it): the background answers while the app's code
 * arrives and draws, and the list is there when the page is. Asked while the plans are locked,
 * the plan is refused; whoever takes that refusal asks again (after the unlock).
 */
export function startPanel(
  linked: LinkedPlan = linkedPlanOf(location.hash),
  connect: () => PortLike = () => runtime().connect({ name: PLAN_PORT }) as unknown as PortLike,
): PanelBoot {
  const client = createPlanClient(connect);
  const vault = client.call('vaultStatus', {});
  const list = client.call('list', {});
  // The plan first: the panel shows nothing of it before the plan has come.
  const takePlan = onceFor(linked.planId, (id) => client.call('get', { id }));
  const takeObservations = onceFor(linked.observations && linked.planId, (planId) => client.call('observations', { planId }));
  return {
    client,
    takeVault: once(vault),
    takeList: once(list),
    takePlan,
    takeObservations,
    answered: list.then(
      () => {},
      () => {},
    ),
  };
}
