import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
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
  const problemId = useId();
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
      <h3 id={titleId}>{t('backup_plain_title')}</h3>
      <p class="warning">{t('backup_plain_warning')}</p>
      {lockOn && (
        <PassphraseField
          label={t('backup_plain_passphrase')}
          value={passphrase}
          onInput={setPassphrase}
          autoFocus
          problemId={problem ? problemId : undefined}
        />
      )}
      {problem && (
        <p id={problemId} class="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="danger" disabled={busy || (lockOn && !passphrase)}>
          {t('backup_plain_export')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('plans_cancel')}
        </button>
      </div>
    </form>
  );
}
