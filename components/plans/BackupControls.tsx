import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { EncryptedExport } from './EncryptedExport';
import { ImportBackup } from './ImportBackup';
import { PlainExport } from './PlainExport';

interface BackupControlsProps {
  /** Without plans there is nothing to back up: only importing is offered. */
  hasPlans: boolean;
  /** The lock is on: a plain export needs its passphrase. */
  lockOn: boolean;
  /** When false (the CASA program's choice), plain export is not offered at all. */
  allowPlainExport: boolean;
  /** Resolves to what to say once the encrypted file is saved. */
  onExportEncrypted: (passphrase: string) => Promise<string>;
  /** Saves every plan unencrypted; rejects with a message. */
  onExportPlain: (passphrase?: string) => Promise<void>;
  /** Called with the chosen file's text, and its passphrase when it is an encrypted backup. */
  onImport: (text: string, passphrase?: string) => Promise<boolean> | void;
  /** Called instead when the chosen file is refused before it is read (too large). */
  onRefused: (why: string) => void;
  /** Called as any backup action starts: the last result said is stale (and cleared). */
  onStart: () => void;
  message: { kind: 'ok' | 'error'; text: string } | null;
}

/**
 * Backups: encrypted by default. A plain export is a secondary action behind a warning (and
 * the lock's passphrase); importing takes either kind of file. The result is said in words.
 */
export function BackupControls(props: BackupControlsProps) {
  const { hasPlans, lockOn, allowPlainExport, onExportEncrypted, onExportPlain, onImport, onRefused, onStart, message } = props;
  const [open, setOpen] = useState(false);
  const [plain, setPlain] = useState(false);
  // An import started: the encrypted export's "saved" is old news next to what it says.
  const [imports, setImports] = useState(0);
  const importStarts = () => {
    onStart();
    setImports((n) => n + 1);
  };
  const said = message && (
    <p class={message.kind === 'ok' ? 'ok' : 'field-problem'} role={message.kind === 'ok' ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
  if (!hasPlans) {
    return (
      <div class="backup-import">
        <ImportBackup onImport={onImport} onRefused={onRefused} onStart={importStarts} />
        {said}
      </div>
    );
  }
  return (
    // A heading holding its disclosure button: found in the heading list, not a region of one button.
    <div class="backup">
      <h2 class="backup-heading">
        <button type="button" class="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('backup_title')}
        </button>
      </h2>
      {open && (
        <div class="backup-body">
          <EncryptedExport onExport={onExportEncrypted} onStart={onStart} quiet={imports} />
          <div class="actions">
            <ImportBackup onImport={onImport} onRefused={onRefused} onStart={importStarts} />
            {allowPlainExport && !plain && (
              <button type="button" class="link-button" onClick={() => setPlain(true)}>
                {t('backup_plain_offer')}
              </button>
            )}
          </div>
          {allowPlainExport && plain && <PlainExport lockOn={lockOn} onExport={onExportPlain} onCancel={() => setPlain(false)} />}
          {/* Said where the button would be, and as it goes: an open form vanished in silence when the rule came (helper-71). */}
          {!allowPlainExport && (
            <p class="hint" role="status">
              {t('backup_plain_not_allowed')}
            </p>
          )}
        </div>
      )}
      {said}
    </div>
  );
}
