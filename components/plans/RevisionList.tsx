import { useRef } from 'preact/hooks';
import { currentLang, t } from '@/utils/i18n';
import { shownPlanFieldOf } from '@/utils/observations/shown-field';
import { PLAN_FIELDS } from '@/utils/plans/form';
import type { PlanData } from '@/utils/plans/model';
import type { Revision } from '@/utils/plans/repository';
import { changedFieldIds } from '@/utils/plans/revision-diff';
import { closeOnEscape, useFocusVisit } from '../use-focus-back';

interface RevisionListProps {
  revisions: Revision[] | null;
  onRestore: (key: number) => void;
  onClose: () => void;
  /** The plan as it is now: each version says which fields it would change. */
  current?: PlanData;
}

/** How many changed fields a version names before "and N more". */
const NAMED = 3;

/** Which fields restoring `data` would change, in words ("Differs from the plan now in: …"). */
function differences(data: PlanData, current: PlanData): string {
  const labels = changedFieldIds(data, current).map((id) => shownPlanFieldOf(PLAN_FIELDS.get(id)!).field.label);
  if (!labels.length) return t('revisions_same');
  const named = labels.slice(0, NAMED).join(', ');
  return t('revisions_differs', labels.length > NAMED ? t('revisions_more', named, labels.length - NAMED) : named);
}

/**
 * Earlier versions of a plan, newest first; restoring keeps the current one as a version too.
 * It opens above the plan, away from the button that opened it: the focus goes to its heading
 * (so a screen reader says what opened), Escape closes it as Close does, and closing gives the
 * focus back to that button (helper-60: it stayed behind, and Close sent it to "All plans").
 */
export function RevisionList({ revisions, onRestore, onClose, current }: RevisionListProps) {
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
                {current && <span class="hint revision-diff">{differences(r.data, current)}</span>}
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
