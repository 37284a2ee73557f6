import { useId, useState } from 'preact/hooks';
import { checkNewPassphrase } from '@/utils/plans/vault';
import { PassphraseField } from './PassphraseField';

interface EncryptedExportProps {
  /** Exports every plan encrypted with `passphrase`; resolves to what to say. */
  onExport: (passphrase: string) => Promise<string>;
}

/** The main backup: a file that only its passphrase opens (the lock's, or another). */
export function EncryptedExport({ onExport }: EncryptedExportProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const titleId = useId();
  return (
    <form
      class="encrypted-export"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        const refused = checkNewPassphrase(passphrase, confirmation);
        if (refused) return setMessage({ ok: false, text: refused });
        setMessage({ ok: true, text: 'Encrypting…' });
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
      <h4 id={titleId}>Encrypted backup</h4>
      <p class="hint">The file opens only with the passphrase you choose here: the lock’s, or another one you will not forget.</p>
      <PassphraseField label="Backup passphrase" value={passphrase} onInput={setPassphrase} autoComplete="new-password" />
      <PassphraseField label="Type it again" value={confirmation} onInput={setConfirmation} autoComplete="new-password" />
      <button type="submit" class="primary">
        Export encrypted backup
      </button>
      {message && (
        <p class={message.ok ? 'ok' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
