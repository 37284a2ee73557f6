import { useEffect, useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import type { VaultState } from '@/utils/plans/repository';

/** The passphrase lock's state as the background sees it, kept in step with its events. */
export function useVault(client: PlanClient): { state: VaultState | 'loading' | 'unavailable'; set: (s: VaultState) => void } {
  const [state, setState] = useState<VaultState | 'loading' | 'unavailable'>('loading');
  useEffect(() => {
    client.call('vaultStatus', {}).then(setState, () => setState('unavailable'));
    return client.onEvent((event) => {
      if (event.kind === 'vault') setState(event.state);
    });
  }, [client]);
  return { state, set: setState };
}
