import { useState } from 'preact/hooks';
import { checkNewPassphrase } from '@/utils/plans/vault';
import { PassphraseField } from './PassphraseField';

interface EncryptedExportProps {
  /** Exports every plan encrypted with `passphrase`; resolves to what to say. */
  onExport: (passphrase: string) => Promise<string>;
  title?: string;
}

/** A backup file that only its passphrase opens (the same as the lock's, or another). */
export function EncryptedExport({ onExport, title = 'Encrypted backup' }: EncryptedExportProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  return (
    <form
      class="encrypted-export"
      aria-label={title}
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
      <h3>{title}</h3>
      <p class="hint">The file opens only with this passphrase. Use the lock's passphrase or another one.</p>
      <PassphraseField label="Backup passphrase" value={passphrase} onInput={setPassphrase} autoComplete="new-password" />
      <PassphraseField label="Type it again" value={confirmation} onInput={setConfirmation} autoComplete="new-password" />
      <button type="submit">Export encrypted backup</button>
      {message && (
        <p class={message.ok ? 'ok' : 'field-problem'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
