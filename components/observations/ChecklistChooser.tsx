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
      <h3 id="checklist-title">Printable red-flag checklist</h3>
      <p class="hint">One page with every red flag of the guide: blank to take to a visit, or filled in from observations.</p>
      <div class="actions">
        <button type="button" onClick={() => onPrint([])}>
          Print a blank checklist
        </button>
      </div>
      <ObservationPicker legend="Fill it from these observations" observations={observations} chosen={chosen} onChange={onChoose} />
      <div class="actions">
        <button type="button" class="primary" disabled={!ids.length} onClick={() => onPrint(ids)}>
          Print filled checklist ({ids.length})
        </button>
      </div>
    </section>
  );
}
