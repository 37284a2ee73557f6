import { useState } from 'preact/hooks';
import type { VaultState } from '@/utils/plans/repository';
import { autoLockLabel, offeredAutoLockChoices } from '@/utils/plans/auto-lock';
import { checkNewPassphrase } from '@/utils/plans/vault';
import { t } from '@/utils/i18n';
import { Announcement, useChangeNews } from '../Announcement';
import { PassphraseField } from './PassphraseField';
import { SetUpLock } from './SetUpLock';

/** The lock's two forms in Settings. */
type LockForm = 'change' | 'off';

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
  /** Whether Shift pressed three times hides the panel. */
  shiftHides?: boolean;
  onShiftHides?: (on: boolean) => void;
  /** The CASA program requires the lock: it cannot be turned off here. */
  requireLock?: boolean;
  /** The CASA program's longest auto-lock time: longer choices are not offered. */
  maxAutoLockMinutes?: number;
}

/** The lock, auto-lock, where backups are, and what quick hide does and does not do. */
export function SettingsScreen(props: SettingsScreenProps) {
  const { vault, autoLockMinutes, autoLockChoices, screenLockReported, onAutoLock, onLockNow, onSetUp, onChangePassphrase, onDisable } =
    props;
  const { requireLock = false, maxAutoLockMinutes, shiftHides = true, onShiftHides } = props;
  const choices = offeredAutoLockChoices(screenLockReported, autoLockChoices, maxAutoLockMinutes);
  // A stored time the program no longer allows shows as the longest one it does.
  const shownMinutes = choices.includes(autoLockMinutes) ? autoLockMinutes : Math.max(...choices);
  // Turned on here, the form goes and the focus moves on: that the lock is on is said too.
  const lockNews = useChangeNews(vault, (before, now) => (before === 'none' && now === 'unlocked' ? t('settings_lock_on') : undefined));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [off, setOff] = useState('');
  /** What the last lock form answered, said under that form (not under the other one). */
  const [message, setMessage] = useState<{ ok: boolean; text: string; form: LockForm }>();
  const run = (work: Promise<unknown>, done: string, form: LockForm) =>
    work.then(
      (more) => setMessage({ ok: true, text: done + (typeof more === 'string' ? more : ''), form }),
      (error: Error) => setMessage({ ok: false, text: error.message, form }),
    );
  const said = (form: LockForm) =>
    message?.form === form && (
      <p class={message.ok ? 'ok' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
        {message.text}
      </p>
    );

  return (
    <div class="settings">
      <section aria-labelledby="lock-settings">
        <h2 id="lock-settings">{t('settings_lock_title')}</h2>
        <Announcement text={lockNews} />
        {vault === 'none' && <SetUpLock onSetUp={onSetUp} required={requireLock} headingLevel={3} />}
        {vault === 'locked' && <p>{t('settings_locked')}</p>}
        {vault === 'unavailable' && <p class="field-problem">{t('settings_unavailable')}</p>}
        {vault === 'unlocked' && (
          <>
            <p>
              {t('settings_lock_on')}{' '}
              <button type="button" onClick={onLockNow}>
                {t('settings_lock_now')}
              </button>
            </p>
            <form
              aria-label={t('settings_change')}
              onSubmit={(e) => {
                e.preventDefault();
                const refused = checkNewPassphrase(next, again) ?? (next === current ? t('settings_same_passphrase') : undefined);
                if (refused) return setMessage({ ok: false, text: refused, form: 'change' });
                // Only the current passphrase is typed again after a refusal: the new one stays.
                setCurrent('');
                void run(
                  onChangePassphrase(current, next).then(() => {
                    setNext('');
                    setAgain('');
                  }),
                  t('settings_changed'),
                  'change',
                );
              }}
            >
              <h3>{t('settings_change')}</h3>
              <PassphraseField label={t('settings_current')} value={current} onInput={setCurrent} />
              <PassphraseField label={t('settings_new')} value={next} onInput={setNext} autoComplete="new-password" />
              <PassphraseField label={t('passphrase_again')} value={again} onInput={setAgain} autoComplete="new-password" />
              <button type="submit">{t('settings_change')}</button>
              {said('change')}
            </form>
            {requireLock ? (
              <p class="hint">{t('settings_required')}</p>
            ) : (
              <form
                aria-label={t('settings_turn_off')}
                onSubmit={(e) => {
                  e.preventDefault();
                  // An empty field is not a wrong passphrase (helper-71: it said "not right").
                  if (!off) return setMessage({ ok: false, text: t('settings_turn_off_empty'), form: 'off' });
                  void run(onDisable(off), t('settings_lock_off'), 'off');
                  setOff('');
                }}
              >
                <h3>{t('settings_turn_off')}</h3>
                <p class="hint">{t('settings_turn_off_hint')}</p>
                <PassphraseField label={t('passphrase')} value={off} onInput={setOff} />
                <button type="submit">{t('settings_turn_off')}</button>
                {said('off')}
              </form>
            )}
          </>
        )}
        {/* "The lock is off" outlives the form it answered. */}
        {vault !== 'unlocked' && said('off')}
      </section>
      <section aria-labelledby="autolock-settings">
        <h2 id="autolock-settings">{t('settings_autolock')}</h2>
        <label for="auto-lock">{t('settings_autolock_label')}</label>
        {/* Locked, anyone at the laptop could set "never" for the volunteer's next session (helper-70). */}
        <select
          id="auto-lock"
          value={String(shownMinutes)}
          disabled={vault === 'locked'}
          aria-describedby="auto-lock-hint"
          onChange={(e) => onAutoLock(Number(e.currentTarget.value))}
        >
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {autoLockLabel(m)}
            </option>
          ))}
        </select>
        <p class="hint" id="auto-lock-hint">
          {vault === 'locked'
            ? t('settings_autolock_locked')
            : vault === 'none'
              ? t('settings_autolock_no_lock')
              : screenLockReported
                ? t('settings_autolock_screen')
                : t('settings_autolock_no_screen')}
        </p>
      </section>
      <section aria-labelledby="backup-settings">
        <h2 id="backup-settings">{t('backup_title')}</h2>
        <p>
          {t('settings_backups_under')} <strong>{t('panel_tab_plans')}</strong>, <strong>{t('backup_title')}</strong>{' '}
          {t('settings_backups_text')}
        </p>
      </section>
      <section aria-labelledby="hide-settings">
        <h2 id="hide-settings">{t('settings_hide_title')}</h2>
        <p>
          {t('settings_hide_the')} <strong>{t('panel_hide')}</strong> {t('settings_hide_button')} <kbd>{t('key_shift')}</kbd>{' '}
          {t('settings_hide_text')}
        </p>
        <label>
          <input
            type="checkbox"
            checked={shiftHides}
            aria-describedby="shift-hides-hint"
            onChange={(e) => onShiftHides?.(e.currentTarget.checked)}
          />{' '}
          {t('settings_shift_hides')}
        </label>
        <p id="shift-hides-hint" class="hint">
          {t('settings_shift_hides_hint')}
        </p>
      </section>
    </div>
  );
}
