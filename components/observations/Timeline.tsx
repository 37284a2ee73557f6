import { t } from '@/utils/i18n';
import { dateParts, formatLongDate, questionDate, sameDayPlaces } from '@/utils/observations/dates';
import { seenPreview } from '@/utils/observations/preview';
import { shownObservationField } from '@/utils/observations/shown-field';
import { flagCountsOverTime } from '@/utils/observations/timeline';
import type { Row } from '@/utils/plans/model';
import { flagsOf, textOf, toldOf, type Observation } from '@/utils/plans/observation-model';
import { FlagChart } from './FlagChart';

interface TimelineProps {
  /** In date order, earliest first. */
  observations: readonly Observation[];
  /** A red flag's title, in the page's language. */
  flagTitle: (id: string) => string;
  onOpen: (id: string) => void;
  /** Today, YYYY-MM-DD: a date after it, or years back, is questioned here as in the editor. */
  today: string;
}

/** The youth's observations in date order, under a small chart of red flags over time. */
export function Timeline({ observations, flagTitle, onOpen, today }: TimelineProps) {
  const buckets = flagCountsOverTime(observations);
  // Who was told, as the form shows it in the page's language ("Attorney" → "Abogado/a").
  const told = shownObservationField('told');
  const places = sameDayPlaces(observations);
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('obs_view_timeline')}</h3>
      {buckets.length > 0 ? <FlagChart buckets={buckets} today={today} /> : <p class="hint">{t('obs_timeline_empty')}</p>}
      <ol class="timeline-list">
        {observations.map((o) => {
          const observed = textOf(o, 'observedOn');
          const question = questionDate(observed, today);
          const toldRows = (told.show(toldOf(o)) as Row[]).filter((r) => r.role || r.name);
          const reportedBy = textOf(o, 'reportedBy').trim();
          const seen = textOf(o, 'seen');
          const place = places.get(o.id);
          return (
            <li key={o.id}>
              <h4>
                {/* Several on one day read alike: each is described by its red flags (helper-60) and
                    the start of what was seen (the same flags on one day, helper-75). */}
                <button
                  type="button"
                  class="link-button"
                  data-observation={o.id}
                  onClick={() => onOpen(o.id)}
                  aria-describedby={flagsOf(o).length || seen ? `timeline-${o.id}-about` : undefined}
                >
                  {dateParts(observed) ? formatLongDate(observed) : t('obs_no_date')}
                </button>
                {/* In the heading, not the button: its name stays the date, its description the flags. */}
                {place && <span class="same-day"> · {t('obs_same_day', place.n, place.of)}</span>}
                <span hidden id={`timeline-${o.id}-about`}>
                  {[flagsOf(o).map(flagTitle).join('; '), seenPreview(seen)].filter(Boolean).join('. ')}
                </span>
              </h4>
              {/* A year typed wrong puts the observation out of place; the date is the link to fix it. */}
              {question && <p class="date-question">{question}</p>}
              {flagsOf(o).length > 0 && (
                <ul class="timeline-flags">
                  {flagsOf(o).map((id) => (
                    <li key={id}>{flagTitle(id)}</li>
                  ))}
                </ul>
              )}
              {reportedBy && <p class="hint">{t('obs_timeline_reported', reportedBy)}</p>}
              {seen && <p class="timeline-seen">{seen}</p>}
              {toldRows.length > 0 && (
                <p class="hint">
                  {t(
                    'obs_timeline_told',
                    toldRows.map(({ role, name, on }) => (on ? `${role || name} (${formatLongDate(on)})` : role || name)).join(', '),
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
