import { browser } from 'wxt/browser';
import { createPlanClient, type PlanClient } from '@/utils/plans/client';
import type { PlanSummary } from '@/utils/plans/model';
import { PLAN_PORT } from '@/utils/plans/protocol';
import type { VaultState } from '@/utils/plans/repository';

/** The plan port, and the first answers the panel needs, already asked for. */
export interface PanelBoot {
  client: PlanClient;
  /** The lock's state, asked for at start-up; handed out once (a later mount asks again). */
  takeVault(): Promise<VaultState> | undefined;
  /** The plan list, asked for at start-up; handed out once. */
  takeList(): Promise<PlanSummary[]> | undefined;
}

/** A promise handed out once; a rejection nobody took is not reported as unhandled. */
function once<T>(promise: Promise<T>): () => Promise<T> | undefined {
  let taken = false;
  promise.catch(() => {});
  return () => (taken ? undefined : ((taken = true), promise));
}

/**
 * Opens the plan port and asks for the lock's state and the list at once. main.tsx imports
 * this module first, so the requests leave before the app's modules run and it draws its
 * first frame: the background answers meanwhile, and the list is ready when the page is.
 */
function startPanel(): PanelBoot {
  const client = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));
  return {
    client,
    takeVault: once(client.call('vaultStatus', {})),
    takeList: once(client.call('list', {})),
  };
}

export const boot = startPanel();
