import { dateParts, formatLongDate } from '@/utils/observations/dates';
import { flagsOf, textOf, type Observation } from '@/utils/plans/observation-model';

interface ObservationPickerProps {
  /** In date order. */
  observations: readonly Observation[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  legend: string;
}

const label = (o: Observation) => {
  const observed = textOf(o, 'observedOn');
  const flags = flagsOf(o).length;
  const seen = textOf(o, 'seen').trim();
  return [
    dateParts(observed) ? formatLongDate(observed) : 'No date',
    flags ? `${flags} red ${flags === 1 ? 'flag' : 'flags'}` : '',
    seen.length > 80 ? `${seen.slice(0, 80)}…` : seen,
  ]
    .filter(Boolean)
    .join(' — ');
};

/** Choose observations for a note or a filled checklist; all or none in one press. */
export function ObservationPicker({ observations, chosen, onChange, legend }: ObservationPickerProps) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset class="field observation-picker">
      <legend>{legend}</legend>
      {observations.length === 0 ? (
        <p class="hint">No observations yet.</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="small" onClick={() => onChange(new Set(observations.map((o) => o.id)))}>
              Choose all
            </button>
            <button type="button" class="small" onClick={() => onChange(new Set())}>
              Choose none
            </button>
          </div>
          <div class="picker-options">
            {observations.map((o) => (
              <label key={o.id}>
                <input
                  type="checkbox"
                  autoComplete="off"
                  checked={chosen.has(o.id)}
                  onChange={(e) => toggle(o.id, e.currentTarget.checked)}
                />{' '}
                {label(o)}
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
