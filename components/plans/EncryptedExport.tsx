import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { checkNewPassphrase } from '@/utils/plans/vault';
import { PassphraseField } from './PassphraseField';

interface EncryptedExportProps {
  /** Exports every plan encrypted with `passphrase`; resolves to what to say. */
  onExport: (passphrase: string) => Promise<string>;
  /** Called as an export starts: what an earlier backup or import said is stale. */
  onStart: () => void;
  /** Changes when another backup action starts: this form's own last word is stale then. */
  quiet: number;
}

/** The main backup: a file that only its passphrase opens (the lock's, or another). */
export function EncryptedExport({ onExport, onStart, quiet }: EncryptedExportProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => setMessage(undefined), [quiet]);
  const titleId = useId();
  return (
    <form
      class="encrypted-export"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        onStart();
        const refused = checkNewPassphrase(passphrase, confirmation);
        if (refused) return setMessage({ ok: false, text: refused });
        setMessage({ ok: true, text: t('backup_encrypting') });
        onExport(passphrase).then(
          (text) => {
            setMessage({ ok: true, text });
            setPassphrase('');
            setConfirmation('');
          },
          (error: Error) => setMessage({ ok: false, text: error.message }),
        );
      }}
    >
      <h3 id={titleId}>{t('backup_encrypted_title')}</h3>
      <p class="hint">{t('backup_encrypted_hint')}</p>
      <PassphraseField label={t('backup_passphrase')} value={passphrase} onInput={setPassphrase} autoComplete="new-password" />
      <PassphraseField label={t('passphrase_again')} value={confirmation} onInput={setConfirmation} autoComplete="new-password" />
      <button type="submit" class="primary">
        {t('backup_encrypted_export')}
      </button>
      {message && (
        <p class={message.ok ? 'ok' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
