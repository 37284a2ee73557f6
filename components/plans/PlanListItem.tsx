import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { landFocus } from '@/utils/focus-landing';
import { t } from '@/utils/i18n';
import { formatChanged, formatReviewStatus, planTitle } from '@/utils/plans/format';
import { PLAN_FIELDS } from '@/utils/plans/form';
import { checkFieldValue, type PlanSummary } from '@/utils/plans/model';
import { questionNickname } from '@/utils/plans/nickname';
import { closeOnEscape, useFocusBack } from '../use-focus-back';
import { FieldNote } from './FieldNote';

const NICKNAME = PLAN_FIELDS.get('nickname')!;

interface PlanListItemProps {
  plan: PlanSummary;
  now: number;
  onOpen: () => void;
  onRename: (nickname: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** The plan just closed in the editor: it takes the focus as it appears (then `onFocused`). */
  focus?: boolean;
  onFocused?: () => void;
}

/** One plan in the list (inside its <li>): its name, when it changed, when it is due for review, and actions. */
export function PlanListItem({ plan, now, onOpen, onRename, onDuplicate, onDelete, focus, onFocused }: PlanListItemProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(plan.nickname);
  /** A closed rename box or delete question gives the focus back to its button. */
  const { container: actions, focusBack } = useFocusBack<'rename' | 'delete'>();
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const renameInput = useRef<HTMLInputElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    landFocus(open.current);
    onFocused?.();
  }, [focus]);
  useLayoutEffect(() => {
    // The safe answer has the focus: a second Enter never deletes a plan.
    if (mode === 'confirm-delete') cancelDelete.current?.focus();
    if (mode === 'rename') renameInput.current?.focus();
  }, [mode]);
  const close = (from: 'rename' | 'delete') => {
    setMode('view');
    focusBack(from);
  };
  // Escape closes a question or the rename box, as Cancel does.
  const onEscape = (from: 'rename' | 'delete') => closeOnEscape(() => close(from));
  const title = plan.damaged ? t('list_damaged_title') : planTitle(plan.nickname);
  const review = formatReviewStatus(plan.nextReview, new Date(now));

  if (mode === 'rename') {
    // Too long is said, not cut: a pasted name is never shortened without a word.
    // Emptied, a plan would become "Untitled plan" without a word (helper-68): asked for instead.
    const problem = checkFieldValue(NICKNAME, draft) ?? (draft.trim() ? undefined : t('list_rename_empty', title));
    return (
      <div class="plan-item">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (problem) return;
            onRename(draft);
            close('rename');
          }}
          onKeyDown={onEscape('rename')}
        >
          <label for={`rename-${plan.id}`}>{t('list_rename_label')}</label>
          <input
            id={`rename-${plan.id}`}
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `rename-${plan.id}-problem` : undefined}
            ref={renameInput}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" disabled={!!problem}>
            {t('list_rename')}
          </button>
          <button type="button" onClick={() => close('rename')}>
            {t('plans_cancel')}
          </button>
          {problem && (
            <p id={`rename-${plan.id}-problem`} class="field-problem" role="alert">
              {problem}
            </p>
          )}
          {/* Asked as the editor asks it, never refused (helper-70: the rename box took a full name in silence). */}
          <FieldNote text={problem ? '' : questionNickname(draft)} />
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
        <button type="button" class="plan-open" onClick={onOpen} ref={open}>
          <span class="plan-name">{title}</span>
          <span class="plan-meta">
            {formatChanged(plan.updatedAt, now)} · <span class={review.due ? 'review-due' : ''}>{review.label}</span>
          </span>
        </button>
      )}
      {mode === 'confirm-delete' ? (
        // The question alone is the alert; the group it names holds the answers (an alert holding
        // its buttons was read as "… Delete for goodCancel", helper-60).
        <div class="confirm" role="group" aria-labelledby={`delete-${plan.id}-ask`} onKeyDown={onEscape('delete')}>
          <p id={`delete-${plan.id}-ask`} role="alert">
            {plan.damaged ? t('list_delete_damaged_ask') : t('list_delete_ask', title)}
          </p>
          <button type="button" class="danger" onClick={onDelete}>
            {t('list_delete_for_good')}
          </button>
          <button type="button" onClick={() => close('delete')} ref={cancelDelete}>
            {t('plans_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions" role="group" aria-label={t('list_actions_for', title)} ref={actions}>
          {!plan.damaged && (
            <>
              <button
                type="button"
                class="small"
                data-action="rename"
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
          <button type="button" class="small" data-action="delete" onClick={() => setMode('confirm-delete')}>
            {t('list_delete')}
          </button>
        </div>
      )}
    </div>
  );
}
