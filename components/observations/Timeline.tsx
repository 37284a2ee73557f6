import { dateParts, formatLongDate } from '@/utils/observations/dates';
import { flagCountsOverTime } from '@/utils/observations/timeline';
import { flagsOf, textOf, toldOf, type Observation } from '@/utils/plans/observation-model';
import { FlagChart } from './FlagChart';

interface TimelineProps {
  /** In date order, earliest first. */
  observations: readonly Observation[];
  flagTitle: (id: string) => string;
  onOpen: (id: string) => void;
}

/** The youth's observations in date order, under a small chart of red flags over time. */
export function Timeline({ observations, flagTitle, onOpen }: TimelineProps) {
  const buckets = flagCountsOverTime(observations);
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline</h3>
      {buckets.length > 0 ? <FlagChart buckets={buckets} /> : <p class="hint">Dated observations appear here in order.</p>}
      <ol class="timeline-list">
        {observations.map((o) => {
          const observed = textOf(o, 'observedOn');
          const told = toldOf(o).filter((r) => r.role);
          return (
            <li key={o.id}>
              <h4>
                <button type="button" class="link-button" onClick={() => onOpen(o.id)}>
                  {dateParts(observed) ? formatLongDate(observed) : 'No date'}
                </button>
              </h4>
              {flagsOf(o).length > 0 && (
                <ul class="timeline-flags">
                  {flagsOf(o).map((id) => (
                    <li key={id}>{flagTitle(id)}</li>
                  ))}
                </ul>
              )}
              {textOf(o, 'seen') && <p class="timeline-seen">{textOf(o, 'seen')}</p>}
              {told.length > 0 && (
                <p class="hint">Told: {told.map((r) => (r.on ? `${r.role} (${formatLongDate(r.on)})` : r.role)).join(', ')}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
