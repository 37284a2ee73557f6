import { useLayoutEffect, useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import type { LockReason } from '@/utils/plans/protocol';
import type { VaultState } from '@/utils/plans/repository';

/**
 * The passphrase lock's state as the background sees it, kept in step with its events.
 * `asked`: the answer to a request already on its way (the panel asks at start-up).
 */
export function useVault(
  client: PlanClient,
  asked?: () => Promise<VaultState> | undefined,
): { state: VaultState | 'loading' | 'unavailable'; set: (s: VaultState) => void; why?: LockReason } {
  const [state, setState] = useState<VaultState | 'loading' | 'unavailable'>('loading');
  // Why the last lock came on its own (idle, screen lock), for the lock screen to say; a lock
  // from this page (Lock now, Hide) or a state asked for has none.
  const [why, setWhy] = useState<LockReason>();
  // A layout effect: a request leaves with the first render, not a frame later.
  useLayoutEffect(() => {
    const check = (pending = client.call('vaultStatus', {})) => pending.then(setState, () => setState('unavailable'));
    void check(asked?.());
    const offEvent = client.onEvent((event) => {
      if (event.kind !== 'vault') return;
      setState(event.state);
      setWhy(event.why);
    });
    // A restarted background may have come back locked (an idle lock woke it): ask again.
    const offReconnect = client.onReconnect(() => void check());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, asked]);
  const set = (s: VaultState) => {
    setWhy(undefined);
    setState(s);
  };
  return { state, set, why };
}
