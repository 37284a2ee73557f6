import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ForgottenPassphrase } from './ForgottenPassphrase';
import { PassphraseField } from './PassphraseField';

interface LockScreenProps {
  /** Resolves when unlocked; rejects with a message to show. */
  onUnlock: (passphrase: string) => Promise<void>;
  /** Erases every plan and the lock (a forgotten passphrase); rejects with a message to show. */
  onErase: () => Promise<void>;
}

/** Plans are locked: only the passphrase opens them. No plan text is on this screen. */
export function LockScreen({ onUnlock, onErase }: LockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  return (
    <div class="lock-screen-page">
      <form
        class="lock-screen"
        aria-labelledby="lock-title"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setProblem(undefined);
          onUnlock(passphrase).then(
            () => setPassphrase(''),
            (error: Error) => {
              setBusy(false);
              setProblem(error.message);
            },
          );
        }}
      >
        <h2 id="lock-title">{t('lock_title')}</h2>
        <PassphraseField label={t('passphrase')} value={passphrase} onInput={setPassphrase} autoFocus />
        <button type="submit" class="primary" disabled={busy || !passphrase}>
          {busy ? t('lock_unlocking') : t('lock_unlock')}
        </button>
        {problem && (
          <p class="field-problem" role="alert">
            {problem}
          </p>
        )}
        <p class="hint">{t('lock_forgotten')}</p>
      </form>
      <ForgottenPassphrase onErase={onErase} />
    </div>
  );
}
