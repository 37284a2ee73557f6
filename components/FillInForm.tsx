import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { channelLabel, fillTemplate, type FillIn, type FillInValues } from '@/utils/templates';
import { localized, type MessageLanguage } from '@/utils/format';
import { t } from '@/utils/i18n';

interface FillInFormProps {
  entry: GuideEntry;
  fillIns: FillIn[];
  onCopy: (text: string) => void;
  /** Absent where the page cannot be reached (then only Copy is offered). */
  onInsert?: (text: string) => void;
  onBack: () => void;
  /** The language its message is copied in (the popup's). */
  lang?: MessageLanguage;
}

/**
 * The blanks of a message (a first name, call or text), a live preview, then Copy (Enter) or
 * Insert (Ctrl/⌘+Enter). What is typed here lives only in this form: it is never stored.
 */
export function FillInForm({ entry, fillIns, onCopy, onInsert, onBack, lang = 'en' }: FillInFormProps) {
  const [values, setValues] = useState<FillInValues>({});
  const first = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), [entry.id]);
  const message = fillTemplate(entry, values, lang);

  return (
    <section
      class="detail fill-in"
      aria-labelledby="fill-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onInsert) {
          e.preventDefault();
          onInsert(message);
        } else if (e.key === 'Enter' && !e.shiftKey && !(e.target instanceof HTMLButtonElement)) {
          // Enter copies from any field, radio buttons included: Enter, Enter is the fast path.
          e.preventDefault();
          onCopy(message);
        }
      }}
    >
      <button type="button" class="link-button" onClick={onBack}>
        {t('back_to_results')}
      </button>
      <h2 id="fill-title">{localized(entry, lang).title}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onCopy(message);
        }}
      >
        {fillIns.map((fill, i) =>
          fill.kind === 'text' ? (
            <div key={fill.id} class="fill-field">
              <label for={`fill-${fill.id}`}>{fill.label}</label>
              <input
                id={`fill-${fill.id}`}
                ref={i === 0 ? first : undefined}
                type="text"
                autocomplete="off"
                maxLength={40}
                placeholder={fill.placeholder}
                value={values[fill.id] ?? ''}
                onInput={(e) => setValues({ ...values, [fill.id]: e.currentTarget.value })}
              />
            </div>
          ) : (
            <fieldset key={fill.id} class="fill-field">
              <legend>{fill.label}</legend>
              {fill.choices.map((choice, j) => (
                <label key={choice}>
                  <input
                    ref={i === 0 && j === 0 ? first : undefined}
                    type="radio"
                    name={`fill-${fill.id}`}
                    checked={(values[fill.id] ?? fill.choices[0]) === choice}
                    onChange={() => setValues({ ...values, [fill.id]: choice })}
                  />{' '}
                  {channelLabel(choice)}
                </label>
              ))}
            </fieldset>
          ),
        )}
        <h3>{t('fill_message')}</h3>
        <p class="message-preview">{message}</p>
        <div class="detail-actions">
          <button type="submit" class="primary">
            {t('action_copy')} <kbd>Enter</kbd>
          </button>
          {onInsert && (
            <button type="button" onClick={() => onInsert(message)}>
              {t('action_insert')} <kbd>Ctrl+Enter</kbd>
            </button>
          )}
        </div>
        <p class="hint">{t('fill_not_saved')}</p>
      </form>
    </section>
  );
}
