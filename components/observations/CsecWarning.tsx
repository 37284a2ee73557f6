import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { quoted } from '@/utils/observations/labelling-words';

interface CsecWarningProps {
  /** The CSEC words it says while status is not confirmed; none when only `checks` are asked. */
  words: readonly string[];
  /** What else is asked before the note leaves: a date questioned, flags with nothing written. */
  checks?: readonly string[];
  /** The handout's note on confidentiality, as the guide has it (in Spanish, its translation). */
  quote: string;
  /** What continuing does. */
  action: 'copy' | 'insert';
  /** Where to reword: the chosen observations whose own words say it. */
  reword: readonly { label: string; onClick: () => void }[];
  onContinue: () => void;
  onCancel: () => void;
}

/**
 * Before a note leaves the panel: when it names CSEC status that is not confirmed, the handout's own
 * words; and what else would reach the court as a fact unchecked (a date questioned, flags with
 * nothing written).
 */
export function CsecWarning({ words, checks = [], quote, action, reword, onContinue, onCancel }: CsecWarningProps) {
  const csec = words.length > 0;
  // The safe answer has the focus, as the question opens.
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => back.current?.focus(), []);
  return (
    <div
      class="banner csec-warning"
      role="alertdialog"
      aria-labelledby="csec-warning-title"
      aria-describedby={csec ? 'csec-warning-quote' : 'note-checks-asked'}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <p id="csec-warning-title">
        {csec ? (
          <>
            <strong>{t('obs_warning_says', quoted(words))}</strong>
            {t('obs_warning_not_confirmed')}
          </>
        ) : (
          <strong>{t('obs_check_title')}</strong>
        )}
      </p>
      {csec && (
        <blockquote id="csec-warning-quote">
          {quote}
          <cite>{t('obs_warning_cite')}</cite>
        </blockquote>
      )}
      {checks.length > 0 && (
        <ul id="note-checks-asked">
          {checks.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <p>
        {csec
          ? t(action === 'copy' ? 'obs_warning_advice_copy' : 'obs_warning_advice_insert')
          : t(action === 'copy' ? 'obs_check_advice_copy' : 'obs_check_advice_insert')}
      </p>
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
