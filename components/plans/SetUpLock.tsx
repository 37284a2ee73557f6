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
  /** 3 inside Settings' "Passphrase lock" (an h2); 2 where the offer is a screen of its own. */
  headingLevel?: 2 | 3;
}

/** Turning the passphrase lock on, with the plain warning that it cannot be recovered. */
export function SetUpLock({ onSetUp, onSkip, onCancel, required = false, context, headingLevel = 2 }: SetUpLockProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  /** The field at fault in the last refusal, and when: the caret goes back to it (it stayed on the button). */
  const [refused, setRefused] = useState<{ field: 'passphrase' | 'confirmation'; at: number }>();
  const refuse = (message: string, field: 'passphrase' | 'confirmation') => {
    setProblem(message);
    setRefused({ field, at: (refused?.at ?? 0) + 1 });
  };
  const titleId = useId();
  const problemId = useId();
  const warningId = useId();
  return (
    <form
      class="set-up-lock"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        const refusal = checkNewPassphrase(passphrase, confirmation);
        // The fault is in the second field only when the first would pass on its own.
        if (refusal) return refuse(refusal, checkNewPassphrase(passphrase, passphrase) ? 'passphrase' : 'confirmation');
        setBusy(true);
        onSetUp(passphrase).catch((error: Error) => {
          setBusy(false);
          refuse(error.message, 'passphrase');
        });
      }}
    >
      {context && (
        <p class="ok" role="status">
          {context}
        </p>
      )}
      <Heading id={titleId}>{required ? t('setup_title_required') : t('setup_title')}</Heading>
      {required ? <p>{t('setup_required')}</p> : <p>{t('setup_why')}</p>}
      {/* Read with the new passphrase as the caret lands there (helper-60: heard only when read through). */}
      <p class="note" id={warningId}>
        <strong>{t('setup_forgotten')}</strong> {t('setup_forgotten_more')}
      </p>
      <PassphraseField
        label={t('setup_new_passphrase', MIN_PASSPHRASE_LENGTH)}
        value={passphrase}
        onInput={setPassphrase}
        autoFocus
        autoComplete="new-password"
        problemId={problem ? problemId : undefined}
        describedBy={warningId}
        refusedAt={refused?.field === 'passphrase' ? refused.at : undefined}
      />
      <PassphraseField
        label={t('passphrase_again')}
        value={confirmation}
        onInput={setConfirmation}
        autoComplete="new-password"
        problemId={problem ? problemId : undefined}
        refusedAt={refused?.field === 'confirmation' ? refused.at : undefined}
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
