import { currentLang, t } from '@/utils/i18n';
import type { Revision } from '@/utils/plans/repository';

interface RevisionListProps {
  revisions: Revision[] | null;
  onRestore: (key: number) => void;
  onClose: () => void;
}

/** Earlier versions of a plan, newest first; restoring keeps the current one as a version too. */
export function RevisionList({ revisions, onRestore, onClose }: RevisionListProps) {
  return (
    <section class="revisions" aria-labelledby="revisions-title">
      <h3 id="revisions-title">{t('editor_revisions')}</h3>
      {revisions === null ? (
        <p class="hint">{t('plans_loading')}</p>
      ) : revisions.length === 0 ? (
        <p class="hint">{t('revisions_none')}</p>
      ) : (
        <ul>
          {revisions.map((r) => (
            <li key={r.key}>
              <span>{new Date(r.savedAt).toLocaleString(currentLang())}</span>
              <button type="button" class="small" onClick={() => onRestore(r.key)}>
                {t('revisions_restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('revisions_close')}
      </button>
    </section>
  );
}
