import { useState } from 'preact/hooks';
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
  const title = plan.damaged ? 'Can’t be opened' : planTitle(plan.nickname);
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
          <label for={`rename-${plan.id}`}>New nickname or initials</label>
          <input
            id={`rename-${plan.id}`}
            autoComplete="off"
            spellcheck={false}
            value={draft}
            maxLength={200}
            autoFocus
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">Rename</button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
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
          <span class="plan-meta">
            This plan’s stored data was changed or damaged, so it cannot be shown. Your other plans are intact. Import a backup to restore
            it, or delete it.
          </span>
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
          <p>
            Delete {plan.damaged ? 'this damaged plan' : `“${title}”`} for good? This removes the plan and all its earlier versions from
            this device.
          </p>
          <button type="button" class="danger" onClick={onDelete}>
            Delete for good
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      ) : (
        <div class="actions" role="group" aria-label={`Actions for ${title}`}>
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
                Rename
              </button>
              <button type="button" class="small" onClick={onDuplicate}>
                Duplicate
              </button>
            </>
          )}
          <button type="button" class="small" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
    </div>
  );
}
