import { t } from '@/utils/i18n';
import type { Observation } from '@/utils/plans/observation-model';
import { ObservationPicker } from './ObservationPicker';

interface ChecklistChooserProps {
  observations: readonly Observation[];
  chosen: ReadonlySet<string>;
  onChoose: (chosen: Set<string>) => void;
  /** Opens the print page: blank (no ids) or filled from `ids`. */
  onPrint: (ids: string[]) => void;
}

/** The printable red-flag checklist: blank, or filled from the observations chosen here. */
export function ChecklistChooser({ observations, chosen, onChoose, onPrint }: ChecklistChooserProps) {
  const ids = observations.filter((o) => chosen.has(o.id)).map((o) => o.id);
  return (
    <section class="checklist-chooser" aria-labelledby="checklist-title">
      <h3 id="checklist-title">{t('obs_checklist_title')}</h3>
      <p class="hint">{t('obs_checklist_hint')}</p>
      <div class="actions">
        <button type="button" onClick={() => onPrint([])}>
          {t('obs_checklist_blank')}
        </button>
      </div>
      <ObservationPicker legend={t('obs_checklist_from')} observations={observations} chosen={chosen} onChange={onChoose} />
      <div class="actions">
        <button type="button" class="primary" disabled={!ids.length} onClick={() => onPrint(ids)}>
          {t('obs_checklist_filled', ids.length)}
        </button>
      </div>
    </section>
  );
}
