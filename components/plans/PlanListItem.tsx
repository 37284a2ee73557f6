import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { formatChanged, formatReviewStatus, planTitle } from '@/utils/plans/format';
import type { PlanSummary } from '@/utils/plans/model';

interface PlanListItemProps {
  plan: PlanSummary;
  now: number;
  onOpen: () => void;
  onRename: (nickname: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One plan in the list (inside its <li>): its name, when it changed, when it is due for review, and actions. */
export function PlanListItem({ plan, now, onOpen, onRename, onDuplicate, onDelete }: PlanListItemProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(plan.nickname);
  const title = plan.damaged ? t('list_damaged_title') : planTitle(plan.nickname);
  const review = formatReviewStatus(plan.nextReview, new Date(now));

  if (mode === 'rename') {
    return (
      <div class="plan-item">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onRename(draft);
            setMode('view');
          }}
        >
          <label for={`rename-${plan.id}`}>{t('list_rename_label')}</label>
          <input
            id={`rename-${plan.id}`}
            autoComplete="off"
            spellcheck={false}
            value={draft}
            maxLength={200}
            autoFocus
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{t('list_rename')}</button>
          <button type="button" onClick={() => setMode('view')}>
            {t('plans_cancel')}
          </button>
        </form>
      </div>
    );
  }

  return (
    <div class="plan-item">
      {plan.damaged ? (
        // A damaged record opens nothing; it stays listed so it is never silently lost.
        <p class="plan-open">
          <span class="plan-name">{title}</span>
          <span class="plan-meta">{t('list_damaged')}</span>
        </p>
      ) : (
        <button type="button" class="plan-open" onClick={onOpen}>
          <span class="plan-name">{title}</span>
          <span class="plan-meta">
            {formatChanged(plan.updatedAt, now)} · <span class={review.due ? 'review-due' : ''}>{review.label}</span>
          </span>
        </button>
      )}
      {mode === 'confirm-delete' ? (
        <div class="confirm" role="alert">
          <p>{plan.damaged ? t('list_delete_damaged_ask') : t('list_delete_ask', title)}</p>
          <button type="button" class="danger" onClick={onDelete}>
            {t('list_delete_for_good')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('plans_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions" role="group" aria-label={t('list_actions_for', title)}>
          {!plan.damaged && (
            <>
              <button
                type="button"
                class="small"
                onClick={() => {
                  setDraft(plan.nickname);
                  setMode('rename');
                }}
              >
                {t('list_rename')}
              </button>
              <button type="button" class="small" onClick={onDuplicate}>
                {t('list_duplicate')}
              </button>
            </>
          )}
          <button type="button" class="small" onClick={() => setMode('confirm-delete')}>
            {t('list_delete')}
          </button>
        </div>
      )}
    </div>
  );
}
