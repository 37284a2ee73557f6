import { useState } from 'preact/hooks';
import { BACKUP_TOO_LARGE, isEncryptedBackup, MAX_BACKUP_BYTES } from '@/utils/plans/backup';
import { PassphraseField } from './PassphraseField';

interface BackupControlsProps {
  /** Without plans there is nothing to back up: only importing is offered. */
  hasPlans: boolean;
  onExport: () => void;
  /** Called with the chosen file's text, and its passphrase when it is an encrypted backup. */
  onImport: (text: string, passphrase?: string) => void;
  /** Called instead when the chosen file is refused before it is read (too large). */
  onRefused: (why: string) => void;
  message: { kind: 'ok' | 'error'; text: string } | null;
}

/** Export every plan to a file, or import one; the result is said in words. */
export function BackupControls({ hasPlans, onExport, onImport, onRefused, message }: BackupControlsProps) {
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h3 id="backup-title">{hasPlans ? 'Backup' : 'Moving from another computer?'}</h3>
      {hasPlans && <p class="hint">A backup file holds every plan in plain text. Keep it somewhere only you can open.</p>}
      <div class="actions">
        {hasPlans && (
          <button type="button" onClick={onExport}>
            Export all plans
          </button>
        )}
        <label class="file-button">
          Import a backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              // Checked before reading: a file this big could not even be sent to plan storage.
              if (file.size > MAX_BACKUP_BYTES) return onRefused(BACKUP_TOO_LARGE);
              const text = await file.text();
              if (isEncryptedBackup(text)) setEncrypted(text);
              else onImport(text);
            }}
          />
        </label>
      </div>
      {encrypted && (
        <form
          aria-label="Open encrypted backup"
          onSubmit={(e) => {
            e.preventDefault();
            onImport(encrypted, passphrase);
            setEncrypted(null);
            setPassphrase('');
          }}
        >
          <PassphraseField label="This backup is encrypted. Its passphrase:" value={passphrase} onInput={setPassphrase} autoFocus />
          <button type="submit">Import</button>{' '}
          <button type="button" onClick={() => setEncrypted(null)}>
            Cancel
          </button>
        </form>
      )}
      {message && (
        <p class={message.kind === 'ok' ? 'ok' : 'field-problem'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
