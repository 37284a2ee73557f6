import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { landFocus } from '@/utils/focus-landing';
import { t } from '@/utils/i18n';
import { PlanStorageError } from '@/utils/plans/errors';
import type { LockReason } from '@/utils/plans/protocol';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { PassphraseField } from './PassphraseField';
import { useCountdown } from './use-countdown';

interface LockScreenProps {
  /** Resolves when unlocked; rejects with a message to show. */
  onUnlock: (passphrase: string) => Promise<void>;
  /** Erases every plan and the lock (a forgotten passphrase); rejects with a message to show. */
  onErase: () => Promise<void>;
  /**
   * Ms left of a wait begun by wrong passphrases in another window or before a reload, so this
   * screen counts it down from the start instead of learning of it on its first try.
   */
  loadWait?: () => Promise<number>;
  /** Tells of a wait begun in another window while this screen is open; returns the unsubscribe. */
  onWaitElsewhere?: (listener: (retryAfterMs: number) => void) => () => void;
  /** The red flag a "Note this" asked to note while locked (its title): it is ticked after the unlock. */
  pendingNote?: string;
  /** The lock came while a field was being typed in: the heading, not the passphrase, takes the caret. */
  interrupted?: boolean;
  /** Why the plans locked on their own while this panel was open (idle time, the screen locking). */
  why?: LockReason;
}

/** What the lock screen says of a lock nobody here asked for (helper-70 F7: it said nothing). */
const WHY_SAID: Partial<Record<LockReason, () => string>> = {
  idle: () => t('lock_why_idle'),
  screen: () => t('lock_why_screen'),
};

/** Plans are locked: only the passphrase opens them. No plan text is on this screen. */
export function LockScreen({ onUnlock, onErase, loadWait, onWaitElsewhere, pendingNote, interrupted = false, why }: LockScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (interrupted) landFocus(heading.current);
  }, []);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const problemId = useId();
  // After several wrong passphrases the lock checks none for a while: Unlock waits, counting down.
  const [waitUntil, setWaitUntil] = useState(0);
  const waiting = useCountdown(waitUntil);
  // The countdown is on a disabled button a screen reader cannot reach: its end, and what is left
  // when Enter is pressed during it, are said here instead (helper-60: the wait ended in silence).
  const [timing, setTiming] = useState('');
  // Enter during the wait says how long is left, for that second only: a number left standing
  // next to the button's countdown soon contradicts it (helper-68).
  const [waitMoreAt, setWaitMoreAt] = useState(0);
  const waitMore = waitMoreAt > 0 && waitMoreAt === waiting ? (waiting === 1 ? t('lock_wait_more_one') : t('lock_wait_more', waiting)) : '';
  useEffect(() => {
    if (!waitUntil || waiting) return;
    setTiming(t('lock_ready'));
    // "When the countdown on the button ends…" is over too: only "the wait is over" is left.
    setProblem((said) => (said === t('lock_wait') || said === t('lock_waiting') ? undefined : said));
  }, [waitUntil, waiting > 0]);
  useEffect(() => {
    let live = true;
    const heard = (wait: number) => {
      if (!live || wait <= 0) return;
      setWaitUntil((until) => Math.max(until, Date.now() + wait));
      setProblem((said) => said ?? t('lock_waiting'));
    };
    // Not knowing of a wait costs nothing: the first try learns of it.
    loadWait?.().then(heard, () => {});
    const stop = onWaitElsewhere?.(heard);
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  // The seconds are on the button, not in the alert: a live region read out every second would
  // drown the screen reader. What the alert says is about the passphrase tried: typing clears it.
  const label = busy ? t('lock_unlocking') : waiting ? t('lock_unlock_in', waiting) : t('lock_unlock');
  return (
    <div class="lock-screen-page">
      <form
        class="lock-screen"
        aria-labelledby="lock-title"
        onKeyDown={(e) => {
          // Enter does nothing while Unlock is disabled: it says how long is left instead.
          if (e.key === 'Enter' && waiting > 0) setWaitMoreAt(waiting);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setProblem(undefined);
          setTiming('');
          setWaitMoreAt(0);
          setWaitUntil(0);
          onUnlock(passphrase).then(
            () => setPassphrase(''),
            (error: Error) => {
              setBusy(false);
              // A refused passphrase is not left to be added to (helper-58): the field empties,
              // as Settings' “Current passphrase” does, and the next try starts clean.
              setPassphrase('');
              const wait = error instanceof PlanStorageError ? error.retryAfterMs : undefined;
              setProblem(wait ? t('lock_wait') : error.message);
              if (wait) setWaitUntil(Date.now() + wait);
            },
          );
        }}
      >
        <h2 id="lock-title" tabIndex={-1} ref={heading}>
          {t('lock_title')}
        </h2>
        {/* A status, so a panel already locked when "Note this" comes says why nothing opened yet. */}
        <p class="lock-note" role="status">
          {/* Typing interrupted says it all (saved, keys lost, Tab), so the reason is not said twice. */}
          {[interrupted ? t('lock_interrupted') : why && WHY_SAID[why]?.(), pendingNote && t('lock_note_waiting', pendingNote)]
            .filter(Boolean)
            .join(' ')}
        </p>
        <PassphraseField
          label={t('passphrase')}
          value={passphrase}
          onInput={(value) => {
            setPassphrase(value);
            setProblem(undefined);
          }}
          autoFocus={!interrupted}
          problemId={problem ? problemId : undefined}
          focusOnProblem
        />
        <button type="submit" class="primary" disabled={busy || !passphrase || waiting > 0}>
          {label}
        </button>
        {problem && (
          <p id={problemId} class="field-problem" role="alert">
            {problem}
          </p>
        )}
        <p class="hint" aria-live="polite">
          {waitMore || timing}
        </p>
        <p class="hint">{t('lock_forgotten')}</p>
      </form>
      <ForgottenPassphrase onErase={onErase} />
    </div>
  );
}
