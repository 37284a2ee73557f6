import { t } from '@/utils/i18n';
import { redFlagCount } from '@/utils/observations/counts';
import { dateParts, formatLongDate } from '@/utils/observations/dates';
import { excerpt } from '@/utils/observations/preview';
import { flagsOf, textOf, type Observation } from '@/utils/plans/observation-model';

interface ObservationPickerProps {
  /** In date order. */
  observations: readonly Observation[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  legend: string;
  /**
   * Says "nothing written" of an observation with only flags ticked: the court note would state
   * them as observed. (A filled checklist is made of flags: there it needs no saying.)
   */
  markFlagsOnly?: boolean;
}

const label = (o: Observation, markFlagsOnly: boolean) => {
  const observed = textOf(o, 'observedOn');
  const flags = flagsOf(o).length;
  const seen = textOf(o, 'seen').trim();
  return [
    dateParts(observed) ? formatLongDate(observed) : t('obs_no_date'),
    flags ? redFlagCount(flags) : '',
    excerpt(seen, 80) || (flags && markFlagsOnly ? t('obs_picker_nothing_written') : ''),
  ]
    .filter(Boolean)
    .join(' — ');
};

/** Choose observations for a note or a filled checklist; all or none in one press. */
export function ObservationPicker({ observations, chosen, onChange, legend, markFlagsOnly = false }: ObservationPickerProps) {
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
        <p class="hint">{t('obs_picker_empty')}</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="small" onClick={() => onChange(new Set(observations.map((o) => o.id)))}>
              {t('obs_choose_all')}
            </button>
            <button type="button" class="small" onClick={() => onChange(new Set())}>
              {t('obs_choose_none')}
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
                {label(o, markFlagsOnly)}
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
