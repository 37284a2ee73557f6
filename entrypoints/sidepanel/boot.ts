import type { browser as Browser } from 'wxt/browser';
import { createPlanClient, type PlanClient } from '@/utils/plans/client';
import type { PlanSummary } from '@/utils/plans/model';
import { PLAN_PORT } from '@/utils/plans/protocol';
import type { VaultState } from '@/utils/plans/repository';
import type { PortLike } from '@/utils/port';

/** The plan port, and the first answers the panel needs, already asked for. */
export interface PanelBoot {
  client: PlanClient;
  /** The lock's state, asked for at start-up; handed out once (a later mount asks again). */
  takeVault(): Promise<VaultState> | undefined;
  /** The plan list, asked for at start-up; handed out once. */
  takeList(): Promise<PlanSummary[]> | undefined;
  /** Settles once the first list has been answered (however): what can wait until then, waits. */
  answered: Promise<void>;
}

/** A promise handed out once; a rejection nobody took is not reported as unhandled. */
function once<T>(promise: Promise<T>): () => Promise<T> | undefined {
  let taken = false;
  promise.catch(() => {});
  return () => (taken ? undefined : ((taken = true), promise));
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
 * Opens the plan port and asks for the lock's state and the list at once. It runs before the
 * rest of the panel has even loaded (main.tsx loads the app after it): the background
 * answers while the app's code arrives and draws, and the list is there when the page is.
 */
export function startPanel(): PanelBoot {
  const client = createPlanClient(() => runtime().connect({ name: PLAN_PORT }) as unknown as PortLike);
  const vault = client.call('vaultStatus', {});
  const list = client.call('list', {});
  return {
    client,
    takeVault: once(vault),
    takeList: once(list),
    answered: list.then(
      () => {},
      () => {},
    ),
  };
}
