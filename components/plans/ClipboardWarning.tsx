import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { closeOnEscape, useFocusVisit } from '../use-focus-back';

interface ClipboardWarningProps {
  what: string;
  /** Why inserting it instead just failed: then only Copy anyway and Cancel are offered. */
  failure?: string;
  onCopy: () => void;
  onInsert: () => void;
  onCancel: () => void;
}

/** Plan text is not public: before it goes to the clipboard, say who else may keep it. */
export function ClipboardWarning({ what, failure, onCopy, onInsert, onCancel }: ClipboardWarningProps) {
  const box = useRef<HTMLDivElement>(null);
  // It sits at the bottom of the panel's view (sticky), wherever the Copy pressed was: the
  // focus moves to it without scrolling the plan away. Closing returns to that Copy.
  useFocusVisit(box, (b) => b.querySelector('button'));
  return (
    // Escape is Cancel, as in the plan's other questions.
    <div
      class="banner clipboard-warning"
      role="alertdialog"
      aria-labelledby="clipboard-warning"
      ref={box}
      onKeyDown={closeOnEscape(onCancel)}
    >
      {failure ? <p id="clipboard-warning">{t('clip_ask_failed', failure, what)}</p> : <p id="clipboard-warning">{t('clip_ask', what)}</p>}
      <div class="actions">
        {!failure && (
          <button type="button" class="primary" onClick={onInsert}>
            {t('clip_insert_instead')}
          </button>
        )}
        <button type="button" onClick={onCopy}>
          {t('clip_copy_anyway')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('plans_cancel')}
        </button>
      </div>
    </div>
  );
}
