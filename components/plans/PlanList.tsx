import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { PlanSummary } from '@/utils/plans/model';
import { t } from '@/utils/i18n';
import { filterByNickname } from '@/utils/plans/list-filter';
import { VirtualList } from '../VirtualList';
import { PlanListItem } from './PlanListItem';

const planKey = (plan: PlanSummary) => plan.id;
/** A plan's height in the list before it is measured: name, dates, actions and the gap below (px). */
const ITEM_HEIGHT = 112;

interface PlanListProps {
  plans: PlanSummary[] | null;
  now: number;
  onCreate: () => void;
  /** Shows the Guide tab: offered beside the first plan, on the first screen. */
  onOpenGuide?: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, nickname: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  /** Shown under the list's head, or under the first screen's actions (backups). */
  tools?: ComponentChildren;
  /** The plan just closed: its entry gets the focus as the list comes back (then `onFocused`). */
  focusOn?: string;
  onFocused?: () => void;
}

/** All plans, newest change first, filterable by nickname. */
export function PlanList(props: PlanListProps) {
  const { plans, now, onCreate, onOpenGuide, onOpen, onRename, onDuplicate, onDelete, tools, focusOn, onFocused } = props;
  const [filter, setFilter] = useState('');
  // Kept between renders: with thousands of plans, the list's spacers depend on it.
  const shown = useMemo(() => filterByNickname(plans ?? [], filter), [plans, filter]);
  // Nothing to act on before the list is known (nor before the lock's state, which comes first).
  if (plans === null) return <p class="hint">{t('list_loading')}</p>;
  if (plans.length === 0) {
    // The first screen: one line, the first plan, and the Guide. Nothing else stands in the way.
    return (
      <div class="plan-list welcome">
        <p>{t('list_empty')}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={onCreate}>
            {t('list_new')}
          </button>
          {onOpenGuide && (
            <button type="button" onClick={onOpenGuide}>
              {t('list_open_guide')}
            </button>
          )}
        </div>
        {tools}
      </div>
    );
  }
  return (
    <div class="plan-list">
      <div class="list-head">
        <button type="button" class="primary" onClick={onCreate}>
          {t('list_new')}
        </button>
        <label class="visually-hidden" for="plan-filter">
          {t('list_filter_label')}
        </label>
        <input
          id="plan-filter"
          type="search"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('list_filter_placeholder')}
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      {tools}
      {shown.length === 0 ? (
        <p class="hint">{t('list_no_match', filter)}</p>
      ) : (
        // Only the plans in view are rendered: 5,000 plans open as fast as 50.
        <VirtualList
          class="plans"
          label={t('panel_tab_plans')}
          items={shown}
          itemKey={planKey}
          estimate={ITEM_HEIGHT}
          reveal={focusOn}
          renderItem={(plan) => (
            <PlanListItem
              plan={plan}
              now={now}
              focus={plan.id === focusOn}
              onFocused={onFocused}
              onOpen={() => onOpen(plan.id)}
              onRename={(n) => onRename(plan.id, n)}
              onDuplicate={() => onDuplicate(plan.id)}
              onDelete={() => onDelete(plan.id)}
            />
          )}
        />
      )}
    </div>
  );
}
