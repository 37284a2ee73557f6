import { useState } from 'preact/hooks';
import { BACKUP_TOO_LARGE, isEncryptedBackup, MAX_BACKUP_BYTES } from '@/utils/plans/backup';
import { JsonFileButton } from '../JsonFileButton';
import { PassphraseField } from './PassphraseField';

interface ImportBackupProps {
  /** Called with the chosen file's text, and its passphrase when it is an encrypted backup. */
  onImport: (text: string, passphrase?: string) => void;
  /** Called instead when the chosen file is refused before it is read (too large). */
  onRefused: (why: string) => void;
}

/** “Import a backup…”: a file, and its passphrase when it is encrypted. */
export function ImportBackup({ onImport, onRefused }: ImportBackupProps) {
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  return (
    <div class="import-backup">
      <JsonFileButton
        label="Import a backup…"
        onFile={async (file) => {
          // Checked before reading: a file this big could not even be sent to plan storage.
          if (file.size > MAX_BACKUP_BYTES) return onRefused(BACKUP_TOO_LARGE);
          const text = await file.text();
          if (isEncryptedBackup(text)) setEncrypted(text);
          else onImport(text);
        }}
      />
      {encrypted && (
        <form
          class="import-passphrase"
          aria-label="Open encrypted backup"
          onSubmit={(e) => {
            e.preventDefault();
            onImport(encrypted, passphrase);
            setEncrypted(null);
            setPassphrase('');
          }}
        >
          <PassphraseField label="This backup is encrypted. Its passphrase:" value={passphrase} onInput={setPassphrase} autoFocus />
          <div class="actions">
            <button type="submit">Import</button>
            <button type="button" onClick={() => setEncrypted(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
