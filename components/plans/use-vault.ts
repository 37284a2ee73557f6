import { useLayoutEffect, useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import type { VaultState } from '@/utils/plans/repository';

/**
 * The passphrase lock's state as the background sees it, kept in step with its events.
 * `asked`: the answer to a request already on its way (the panel asks at start-up).
 */
export function useVault(
  client: PlanClient,
  asked?: () => Promise<VaultState> | undefined,
): { state: VaultState | 'loading' | 'unavailable'; set: (s: VaultState) => void } {
  const [state, setState] = useState<VaultState | 'loading' | 'unavailable'>('loading');
  // A layout effect: a request leaves with the first render, not a frame later.
  useLayoutEffect(() => {
    const check = (pending = client.call('vaultStatus', {})) => pending.then(setState, () => setState('unavailable'));
    void check(asked?.());
    const offEvent = client.onEvent((event) => {
      if (event.kind === 'vault') setState(event.state);
    });
    // A restarted background may have come back locked (an idle lock woke it): ask again.
    const offReconnect = client.onReconnect(() => void check());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, asked]);
  return { state, set: setState };
}
