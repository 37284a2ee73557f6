import { useId, useState } from 'preact/hooks';
import { checkNewPassphrase } from '@/utils/plans/vault';
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
}

/** Turning the passphrase lock on, with the plain warning that it cannot be recovered. */
export function SetUpLock({ onSetUp, onSkip, onCancel, required = false }: SetUpLockProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const titleId = useId();
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
      <h2 id={titleId}>{required ? 'Set a passphrase for your plans' : 'Protect plans with a passphrase — recommended'}</h2>
      {required ? (
        <p>Your CASA program requires a passphrase lock: plans are encrypted on this device and lock when you step away.</p>
      ) : (
        <p>
          Safety plans describe a young person at risk. With a passphrase, plans are encrypted on this device and lock when you step away,
          so someone else using this computer cannot read them.
        </p>
      )}
      <p class="note">
        <strong>A forgotten passphrase cannot be recovered</strong> — not by you, not by us, not by anyone. Without it the plans are gone.
        Keep an encrypted backup (under the plan list) somewhere safe.
      </p>
      <PassphraseField
        label="New passphrase (10 characters or more)"
        value={passphrase}
        onInput={setPassphrase}
        autoFocus
        autoComplete="new-password"
      />
      <PassphraseField label="Type it again" value={confirmation} onInput={setConfirmation} autoComplete="new-password" />
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Encrypting plans…' : 'Turn on the lock'}
        </button>
        {onSkip && (
          <button type="button" onClick={onSkip}>
            Skip for now
          </button>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {onSkip && <p class="hint">You can turn the lock on later in Settings.</p>}
    </form>
  );
}
