import { useId, useState } from 'preact/hooks';
import { PassphraseField } from './PassphraseField';

interface PlainExportProps {
  /** The lock is on: the export needs its passphrase. */
  lockOn: boolean;
  /** Exports every plan unencrypted; rejects with a message (a wrong passphrase, say). */
  onExport: (passphrase?: string) => Promise<void>;
  onCancel: () => void;
}

/** The secondary way out: every plan in plain text, only after a warning (and the passphrase). */
export function PlainExport({ lockOn, onExport, onCancel }: PlainExportProps) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  return (
    <form
      class="plain-export"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(undefined);
        onExport(lockOn ? passphrase : undefined).then(onCancel, (error: Error) => {
          setBusy(false);
          setProblem(error.message);
        });
      }}
    >
      <h4 id={titleId}>Export without encryption</h4>
      <p class="warning">
        This file holds every plan as plain text: anyone who opens it can read it, and Downloads folders are often synced or backed up
        elsewhere. Use it only where an encrypted backup cannot go, and delete it after.
      </p>
      {lockOn && <PassphraseField label="Passphrase of the lock" value={passphrase} onInput={setPassphrase} autoFocus />}
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="danger" disabled={busy || (lockOn && !passphrase)}>
          Export as plain text
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
