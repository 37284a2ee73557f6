import { useState } from 'preact/hooks';
import { backupTooLarge, encryptedBackupCheck, MAX_BACKUP_BYTES, mayBeBackup } from '@/utils/plans/backup';
import { t } from '@/utils/i18n';
import { JsonFileButton } from '../JsonFileButton';
import { PassphraseField } from './PassphraseField';

interface ImportBackupProps {
  /**
   * Called with the chosen file's text, and its passphrase when it is an encrypted backup;
   * resolves to whether it was imported (a wrong passphrase keeps the passphrase box open).
   */
  onImport: (text: string, passphrase?: string) => Promise<boolean> | void;
  /** Called instead when the chosen file is refused before it is read (too large). */
  onRefused: (why: string) => void;
  /** Called as an import starts (a file chosen, a passphrase sent): what an earlier try said is stale. */
  onStart: () => void;
}

/** “Import a backup…”: a file, and its passphrase when it is encrypted. */
export function ImportBackup({ onImport, onRefused, onStart }: ImportBackupProps) {
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  return (
    <div class="import-backup">
      <JsonFileButton
        label={t('backup_import')}
        onFile={async (file) => {
          onStart();
          // Checked before reading: a file this big could not even be sent to plan storage.
          if (file.size > MAX_BACKUP_BYTES) return onRefused(backupTooLarge());
          const text = await file.text();
          if (!mayBeBackup(text)) return onRefused(t('backup_not_backup'));
          const check = encryptedBackupCheck(text);
          if (!check.encrypted) return onImport(text);
          // Damaged outside: said at once, not after a passphrase was typed for nothing.
          if (check.problem) onRefused(check.problem);
          else setEncrypted(text);
        }}
      />
      {encrypted && (
        <form
          class="import-passphrase"
          aria-label={t('backup_import_encrypted')}
          onSubmit={(e) => {
            e.preventDefault();
            const field = e.currentTarget.querySelector('input');
            const chooser = e.currentTarget.parentElement?.querySelector<HTMLInputElement>('input[type=file]');
            onStart();
            setPassphrase('');
            void Promise.resolve(onImport(encrypted, passphrase)).then((imported) => {
              // Not imported (a mistyped passphrase): try again without choosing the file again.
              if (imported === false) return field?.focus();
              setEncrypted(null);
              // Imported: the focus goes back to "Import a backup…", beside what the import says,
              // not to the top of the panel with the box it was in (helper-74).
              chooser?.focus();
            });
          }}
        >
          <PassphraseField label={t('backup_import_passphrase')} value={passphrase} onInput={setPassphrase} autoFocus />
          <div class="actions">
            <button type="submit">{t('backup_import_do')}</button>
            <button type="button" onClick={() => setEncrypted(null)}>
              {t('plans_cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
