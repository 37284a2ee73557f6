import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface ForgottenPassphraseProps {
  /** Erases every plan, observation and the lock; rejects with a message to show. */
  onErase: () => Promise<void>;
}

/**
 * The way out of a forgotten passphrase: nothing can open the plans without it, so the only
 * choice is to erase them and start over (then import an encrypted backup, if there is one).
 * Behind a disclosure, a plain explanation and a typed word, so it is never done by a slip.
 */
export function ForgottenPassphrase({ onErase }: ForgottenPassphraseProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const word = t('erase_word');
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" class="link-button" onClick={() => setOpen(true)}>
        {t('erase_forgot')}
      </button>
    );
  }
  const confirmed = typed.trim().toLocaleUpperCase() === word;
  return (
    <section class="erase-all" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('erase_title')}</h3>
      <p>{t('erase_explain')}</p>
      <p>{t('erase_backup')}</p>
      <div class="field">
        <label for={id}>{t('erase_type_word', word)}</label>
        <input ref={input} id={id} autoComplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button
          type="button"
          class="danger"
          disabled={!confirmed || busy}
          onClick={() => {
            setBusy(true);
            setProblem(undefined);
            onErase().catch((error: Error) => {
              setBusy(false);
              setProblem(error.message);
            });
          }}
        >
          {t('erase_button')}
        </button>
        <button type="button" onClick={() => (setOpen(false), setTyped(''))}>
          {t('erase_cancel')}
        </button>
      </div>
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
