import { useState } from 'preact/hooks';
import { PassphraseField } from './PassphraseField';

interface LockScreenProps {
  /** Resolves when unlocked; rejects with a message to show. */
  onUnlock: (passphrase: string) => Promise<void>;
}

/** Plans are locked: only the passphrase opens them. No plan text is on this screen. */
export function LockScreen({ onUnlock }: LockScreenProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  return (
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
      <h2 id="lock-title">Safety plans are locked</h2>
      <PassphraseField label="Passphrase" value={passphrase} onInput={setPassphrase} autoFocus />
      <button type="submit" class="primary" disabled={busy || !passphrase}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </button>
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="hint">A forgotten passphrase cannot be recovered, by anyone. Encrypted backups open with their own passphrase.</p>
    </form>
  );
}
