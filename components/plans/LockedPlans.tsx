import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PlanClient } from '@/utils/plans/client';
import { Announcement, useChangeNews } from '../Announcement';
import { ERASE_ALL_CONFIRM } from '@/utils/plans/protocol';
import { LockScreen } from './LockScreen';
import type { useVault } from './use-vault';

interface LockedPlansProps {
  client: PlanClient;
  vault: ReturnType<typeof useVault>;
  /** After “Forgot the passphrase?” erased everything: the panel starts over, lock offer included. */
  onErased: () => void;
  /** The red flag a "Note this" asked to note (its title) while the plans are locked. */
  pendingNote?: string;
  /** The plans themselves, shown only when no lock stands in the way. */
  children: preact.ComponentChildren;
}

/** Whether `el` takes typed text: the field an advocate was writing in when the lock came. */
function takesText(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * Decides what the plans tab shows: the lock screen, or the plans. There is no wall before the
 * first plan: the lock is offered when that plan is made (PlansScreen's `lockOffer`). While
 * the lock's state is on its way, the plans are already asked for (they show once they come,
 * and a locked store refuses them anyway), so opening the panel waits for one answer, not two.
 */
export function LockedPlans({ client, vault, onErased, pendingNote, children }: LockedPlansProps) {
  // Read as the lock is drawn, before the field goes: a lock that came mid-sentence (idle time,
  // "Lock now" in another window) must not hand the rest of the sentence, and its Enter, to the
  // passphrase field as wrong passphrases (helper-70).
  const was = useRef(vault.state);
  const interrupted = useRef(false);
  if (vault.state === 'locked' && was.current !== 'locked') interrupted.current = takesText(document.activeElement);
  was.current = vault.state;
  // The focus lands on the list after an unlock: that the plans opened is said too.
  const news = useChangeNews(vault.state, (before, now) => (before === 'locked' && now === 'unlocked' ? t('plans_unlocked') : undefined));
  return (
    <>
      <Announcement text={news} />
      {vault.state === 'locked' ? (
        <LockScreen
          pendingNote={pendingNote}
          interrupted={interrupted.current}
          why={vault.why}
          onUnlock={(passphrase) => client.call('unlock', { passphrase }).then(() => vault.set('unlocked'))}
          loadWait={() => client.call('unlockWait', {})}
          onWaitElsewhere={(listener) => client.onEvent((event) => event.kind === 'unlock-wait' && listener(event.retryAfterMs))}
          onErase={() =>
            client.call('eraseAll', { confirm: ERASE_ALL_CONFIRM }).then(() => {
              vault.set('none');
              onErased();
            })
          }
        />
      ) : (
        children
      )}
    </>
  );
}
