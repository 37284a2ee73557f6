import { useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import { EncryptedExport } from './EncryptedExport';
import { LockScreen } from './LockScreen';
import { SetUpLock } from './SetUpLock';
import type { useVault } from './use-vault';

interface LockedPlansProps {
  client: PlanClient;
  vault: ReturnType<typeof useVault>;
  /** Whether the lock has been offered already (it is offered once). */
  offered: boolean;
  onOffered: () => void;
  exportEncrypted: (passphrase: string) => Promise<string>;
  /** The plans themselves, shown only when no lock stands in the way. */
  children: preact.ComponentChildren;
}

/** Decides what the plans tab shows: the lock screen, the one-time offer, or the plans. */
export function LockedPlans({ client, vault, offered, onOffered, exportEncrypted, children }: LockedPlansProps) {
  const [justLocked, setJustLocked] = useState(false);
  if (vault.state === 'loading') return <p class="hint">Opening plans…</p>;
  if (vault.state === 'locked') {
    return <LockScreen onUnlock={(passphrase) => client.call('unlock', { passphrase }).then(() => vault.set('unlocked'))} />;
  }
  if (vault.state === 'none' && !offered) {
    return (
      <SetUpLock
        onSetUp={(passphrase) =>
          client.call('setUpVault', { passphrase }).then(() => {
            vault.set('unlocked');
            setJustLocked(true);
            onOffered();
          })
        }
        onSkip={onOffered}
      />
    );
  }
  if (justLocked) {
    return (
      <div class="after-setup">
        <p class="ok" role="status">
          The lock is on. Every plan is now encrypted on this device.
        </p>
        <EncryptedExport title="Keep an encrypted backup now" onExport={exportEncrypted} />
        <button type="button" class="primary" onClick={() => setJustLocked(false)}>
          Continue to plans
        </button>
      </div>
    );
  }
  return <>{children}</>;
}
