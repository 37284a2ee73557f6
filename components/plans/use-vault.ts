import { useEffect, useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import type { VaultState } from '@/utils/plans/repository';

/** The passphrase lock's state as the background sees it, kept in step with its events. */
export function useVault(client: PlanClient): { state: VaultState | 'loading' | 'unavailable'; set: (s: VaultState) => void } {
  const [state, setState] = useState<VaultState | 'loading' | 'unavailable'>('loading');
  useEffect(() => {
    const check = () => client.call('vaultStatus', {}).then(setState, () => setState('unavailable'));
    void check();
    const offEvent = client.onEvent((event) => {
      if (event.kind === 'vault') setState(event.state);
    });
    // A restarted background may have come back locked (an idle lock woke it): ask again.
    const offReconnect = client.onReconnect(() => void check());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client]);
  return { state, set: setState };
}
