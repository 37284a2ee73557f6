import { useState } from 'preact/hooks';
import type { VaultState } from '@/utils/plans/repository';
import { offeredAutoLockChoices } from '@/utils/plans/auto-lock';
import { checkNewPassphrase } from '@/utils/plans/vault';
import { PassphraseField } from './PassphraseField';
import { SetUpLock } from './SetUpLock';

interface SettingsScreenProps {
  vault: VaultState | 'loading' | 'unavailable';
  autoLockMinutes: number;
  autoLockChoices: readonly number[];
  /** Whether this browser tells extensions when the screen locks (Firefox does not). */
  screenLockReported: boolean;
  onAutoLock: (minutes: number) => void;
  onLockNow: () => void;
  onSetUp: (passphrase: string) => Promise<void>;
  onChangePassphrase: (current: string, next: string) => Promise<void>;
  /** Resolves to anything more to say (damaged plans that stayed as they were). */
  onDisable: (passphrase: string) => Promise<string>;
  /** The CASA program requires the lock: it cannot be turned off here. */
  requireLock?: boolean;
  /** The CASA program's longest auto-lock time: longer choices are not offered. */
  maxAutoLockMinutes?: number;
}

/** The lock, auto-lock, where backups are, and what quick hide does and does not do. */
export function SettingsScreen(props: SettingsScreenProps) {
  const { vault, autoLockMinutes, autoLockChoices, screenLockReported, onAutoLock, onLockNow, onSetUp, onChangePassphrase, onDisable } =
    props;
  const { requireLock = false, maxAutoLockMinutes } = props;
  const choices = offeredAutoLockChoices(screenLockReported, autoLockChoices, maxAutoLockMinutes);
  // A stored time the program no longer allows shows as the longest one it does.
  const shownMinutes = choices.includes(autoLockMinutes) ? autoLockMinutes : Math.max(...choices);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [off, setOff] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const run = (work: Promise<unknown>, done: string) =>
    work.then(
      (more) => setMessage({ ok: true, text: done + (typeof more === 'string' ? more : '') }),
      (error: Error) => setMessage({ ok: false, text: error.message }),
    );

  return (
    <div class="settings">
      <section aria-labelledby="lock-settings">
        <h2 id="lock-settings">Passphrase lock</h2>
        {vault === 'none' && <SetUpLock onSetUp={onSetUp} required={requireLock} />}
        {vault === 'locked' && <p>Plans are locked. Open the Safety plans tab to unlock them.</p>}
        {vault === 'unavailable' && <p class="field-problem">Plan storage is not available in this window.</p>}
        {vault === 'unlocked' && (
          <>
            <p>
              The lock is on: plans are encrypted on this device.{' '}
              <button type="button" onClick={onLockNow}>
                Lock now
              </button>
            </p>
            <form
              aria-label="Change passphrase"
              onSubmit={(e) => {
                e.preventDefault();
                const refused = checkNewPassphrase(next, again);
                if (refused) return setMessage({ ok: false, text: refused });
                void run(onChangePassphrase(current, next), 'Passphrase changed. Use the new one from now on.');
                setCurrent('');
                setNext('');
                setAgain('');
              }}
            >
              <h3>Change passphrase</h3>
              <PassphraseField label="Current passphrase" value={current} onInput={setCurrent} />
              <PassphraseField label="New passphrase" value={next} onInput={setNext} autoComplete="new-password" />
              <PassphraseField label="Type it again" value={again} onInput={setAgain} autoComplete="new-password" />
              <button type="submit">Change passphrase</button>
            </form>
            {requireLock ? (
              <p class="hint">Your CASA program requires the passphrase lock, so it cannot be turned off.</p>
            ) : (
              <form
                aria-label="Turn off the lock"
                onSubmit={(e) => {
                  e.preventDefault();
                  void run(onDisable(off), 'The lock is off: plans are stored unencrypted on this device again.');
                  setOff('');
                }}
              >
                <h3>Turn off the lock</h3>
                <p class="hint">Plans will be stored without encryption again.</p>
                <PassphraseField label="Passphrase" value={off} onInput={setOff} />
                <button type="submit">Turn off the lock</button>
              </form>
            )}
          </>
        )}
        {message && (
          <p class={message.ok ? 'ok' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </section>
      <section aria-labelledby="autolock-settings">
        <h2 id="autolock-settings">Auto-lock</h2>
        <label for="auto-lock">Lock plans after I am away for</label>
        <select id="auto-lock" value={String(shownMinutes)} onChange={(e) => onAutoLock(Number(e.currentTarget.value))}>
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {m ? `${m} minutes` : 'never (only when the screen locks)'}
            </option>
          ))}
        </select>
        <p class="hint">
          {screenLockReported
            ? 'Plans also lock when the screen locks, when the last browser window closes, and when the browser quits.'
            : 'This browser does not tell extensions when the screen locks, so plans lock after the time above, when the last browser window closes, and when the browser quits.'}
        </p>
      </section>
      <section aria-labelledby="backup-settings">
        <h2 id="backup-settings">Backups</h2>
        <p>
          Under <strong>Safety plans</strong>, <strong>Backups</strong> saves every plan in an encrypted file that opens only with its own
          passphrase, and imports one on another computer.
        </p>
      </section>
      <section aria-labelledby="hide-settings">
        <h2 id="hide-settings">Quick hide</h2>
        <p>
          The <strong>Hide</strong> button at the top, or pressing <kbd>Shift</kbd> three times, blanks this panel at once and locks plans
          if the lock is on. What you typed is already saved. Hiding does not erase browser history, downloads or anything outside this
          panel.
        </p>
      </section>
    </div>
  );
}
