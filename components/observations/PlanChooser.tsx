import { useLayoutEffect, useRef } from 'preact/hooks';
import { landFocus } from '@/utils/focus-landing';
import { t } from '@/utils/i18n';
import { redFlagTitleIn } from '@/utils/observations/guide-words';
import { planTitle } from '@/utils/plans/format';
import type { PlanSummary } from '@/utils/plans/model';

interface PlanChooserProps {
  plans: readonly PlanSummary[];
  /** The red flag being noted, by its guide title (shown in the page's language). */
  flagTitle: string;
  onChoose: (planId: string) => void;
  onCreate: () => void;
  onCancel: () => void;
}

/** "Note this" with no plan open: which youth is it about? Most recently changed first. */
export function PlanChooser({ plans, flagTitle, onChoose, onCreate, onCancel }: PlanChooserProps) {
  const openable = plans.filter((p) => !p.damaged);
  // The most recent plan has the focus as the question appears (the HTML attribute works only at
  // load); with no plan to choose, "New safety plan" has it (helper-58: the focus stayed nowhere).
  const first = useRef<HTMLButtonElement>(null);
  const create = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => landFocus(first.current ?? create.current), []);
  return (
    <section class="plan-chooser" aria-labelledby="plan-chooser-title">
      <h2 id="plan-chooser-title">{t('obs_chooser_title', redFlagTitleIn(flagTitle))}</h2>
      <p class="hint">{t('obs_chooser_hint')}</p>
      <ul class="plans">
        {openable.map((p, i) => (
          <li key={p.id} class="plan-item">
            <button type="button" class="plan-open" onClick={() => onChoose(p.id)} ref={i === 0 ? first : undefined}>
              <span class="plan-name">{planTitle(p.nickname)}</span>
            </button>
          </li>
        ))}
      </ul>
      {!openable.length && <p class="hint">{t('obs_chooser_none')}</p>}
      <div class="actions">
        <button type="button" onClick={onCreate} ref={create}>
          {t('obs_chooser_new')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('obs_cancel')}
        </button>
      </div>
    </section>
  );
}
