import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { quoted } from '@/utils/observations/labelling-words';

interface CsecWarningProps {
  words: readonly string[];
  /** The handout's note on confidentiality, as the guide has it (in Spanish, its translation). */
  quote: string;
  /** What continuing does. */
  action: 'copy' | 'insert';
  /** Where to reword: the chosen observations whose own words say it. */
  reword: readonly { label: string; onClick: () => void }[];
  onContinue: () => void;
  onCancel: () => void;
}

/** Before a note that names CSEC status leaves the panel while it is not confirmed: the handout's own words. */
export function CsecWarning({ words, quote, action, reword, onContinue, onCancel }: CsecWarningProps) {
  // The safe answer has the focus, as the question opens.
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => back.current?.focus(), []);
  return (
    <div
      class="banner csec-warning"
      role="alertdialog"
      aria-labelledby="csec-warning-title"
      aria-describedby="csec-warning-quote"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id="csec-warning-title">
        <strong>{t('obs_warning_says', quoted(words))}</strong>
        {t('obs_warning_not_confirmed')}
      </p>
      <blockquote id="csec-warning-quote">
        {quote}
        <cite>{t('obs_warning_cite')}</cite>
      </blockquote>
      <p>{t(action === 'copy' ? 'obs_warning_advice_copy' : 'obs_warning_advice_insert')}</p>
      {reword.length > 0 && (
        <div class="actions">
          {reword.map((r) => (
            <button key={r.label} type="button" onClick={r.onClick}>
              {r.label}
            </button>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onCancel} ref={back}>
          {t('obs_warning_back')}
        </button>
        <button type="button" onClick={onContinue}>
          {t(action === 'copy' ? 'obs_warning_copy' : 'obs_warning_insert')}
        </button>
      </div>
    </div>
  );
}
