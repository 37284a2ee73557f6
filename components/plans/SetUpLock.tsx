import { useId, useState } from 'preact/hooks';
import { checkNewPassphrase, MIN_PASSPHRASE_LENGTH } from '@/utils/plans/vault';
import { t } from '@/utils/i18n';
import { PassphraseField } from './PassphraseField';

interface SetUpLockProps {
  /** Resolves once every plan is encrypted; rejects with a message. */
  onSetUp: (passphrase: string) => Promise<void>;
  /** When offered before the first plan: the lock may be skipped (and set up later in Settings). */
  onSkip?: () => void;
  /** When the CASA program requires the lock: the way back, without a plan. */
  onCancel?: () => void;
  /** The CASA program requires the lock: it is not offered, it is asked for. */
  required?: boolean;
  /** What just happened, kept in view above the offer ("Imported 1 plan."). */
  context?: string;
}

/** Turning the passphrase lock on, with the plain warning that it cannot be recovered. */
export function SetUpLock({ onSetUp, onSkip, onCancel, required = false, context }: SetUpLockProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const titleId = useId();
  const problemId = useId();
  return (
    <form
      class="set-up-lock"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        const refused = checkNewPassphrase(passphrase, confirmation);
        if (refused) return setProblem(refused);
        setBusy(true);
        onSetUp(passphrase).catch((error: Error) => {
          setBusy(false);
          setProblem(error.message);
        });
      }}
    >
      {context && (
        <p class="ok" role="status">
          {context}
        </p>
      )}
      <h2 id={titleId}>{required ? t('setup_title_required') : t('setup_title')}</h2>
      {required ? <p>{t('setup_required')}</p> : <p>{t('setup_why')}</p>}
      <p class="note">
        <strong>{t('setup_forgotten')}</strong> {t('setup_forgotten_more')}
      </p>
      <PassphraseField
        label={t('setup_new_passphrase', MIN_PASSPHRASE_LENGTH)}
        value={passphrase}
        onInput={setPassphrase}
        autoFocus
        autoComplete="new-password"
        problemId={problem ? problemId : undefined}
      />
      <PassphraseField
        label={t('passphrase_again')}
        value={confirmation}
        onInput={setConfirmation}
        autoComplete="new-password"
        problemId={problem ? problemId : undefined}
      />
      {problem && (
        <p id={problemId} class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('setup_encrypting') : t('setup_turn_on')}
        </button>
        {onSkip && (
          <button type="button" onClick={onSkip}>
            {t('setup_skip')}
          </button>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('plans_cancel')}
          </button>
        )}
      </div>
      {onSkip && <p class="hint">{t('setup_later')}</p>}
    </form>
  );
}
