import { planTitle } from '@/utils/plans/format';
import type { PlanSummary } from '@/utils/plans/model';

interface PlanChooserProps {
  plans: readonly PlanSummary[];
  /** The red flag being noted, by its guide title. */
  flagTitle: string;
  onChoose: (planId: string) => void;
  onCreate: () => void;
  onCancel: () => void;
}

/** "Note this" with no plan open: which youth is it about? Most recently changed first. */
export function PlanChooser({ plans, flagTitle, onChoose, onCreate, onCancel }: PlanChooserProps) {
  const openable = plans.filter((p) => !p.damaged);
  return (
    <section class="plan-chooser" aria-labelledby="plan-chooser-title">
      <h2 id="plan-chooser-title">Note “{flagTitle}”: for which youth?</h2>
      <p class="hint">It goes into that plan’s observations, dated today, with the red flag ticked.</p>
      <ul class="plans">
        {openable.map((p, i) => (
          <li key={p.id} class="plan-item">
            <button type="button" class="plan-open" onClick={() => onChoose(p.id)} autoFocus={i === 0}>
              <span class="plan-name">{planTitle(p.nickname)}</span>
            </button>
          </li>
        ))}
      </ul>
      {!openable.length && <p class="hint">There is no plan yet. Start one for this youth first.</p>}
      <div class="actions">
        <button type="button" onClick={onCreate}>
          + New safety plan
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
