import { useRef } from 'preact/hooks';
import { currentLang, t } from '@/utils/i18n';
import type { Revision } from '@/utils/plans/repository';
import { closeOnEscape, useFocusVisit } from '../use-focus-back';

interface RevisionListProps {
  revisions: Revision[] | null;
  onRestore: (key: number) => void;
  onClose: () => void;
}

/**
 * Earlier versions of a plan, newest first; restoring keeps the current one as a version too.
 * It opens above the plan, away from the button that opened it: the focus goes to its heading
 * (so a screen reader says what opened), Escape closes it as Close does, and closing gives the
 * focus back to that button (helper-60: it stayed behind, and Close sent it to "All plans").
 */
export function RevisionList({ revisions, onRestore, onClose }: RevisionListProps) {
  const list = useRef<HTMLElement>(null);
  useFocusVisit(list, (box) => box.querySelector('h3'));
  return (
    <section class="revisions" aria-labelledby="revisions-title" ref={list} onKeyDown={closeOnEscape(onClose)}>
      <h3 id="revisions-title" tabIndex={-1}>
        {t('editor_revisions')}
      </h3>
      {revisions === null ? (
        <p class="hint">{t('plans_loading')}</p>
      ) : revisions.length === 0 ? (
        <p class="hint">{t('revisions_none')}</p>
      ) : (
        <ul>
          {revisions.map((r) => {
            const saved = new Date(r.savedAt).toLocaleString(currentLang());
            return (
              <li key={r.key}>
                <span>{saved}</span>
                {/* Named with its date: a list of "Restore this version" alone says nothing apart. */}
                <button type="button" class="small" aria-label={t('revisions_restore_named', saved)} onClick={() => onRestore(r.key)}>
                  {t('revisions_restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('revisions_close')}
      </button>
    </section>
  );
}
