import { t } from '@/utils/i18n';
import { dateParts, formatLongDate, questionDate, sameDayPlaces } from '@/utils/observations/dates';
import { seenPreview } from '@/utils/observations/preview';
import { flagsOf, isBlankObservation, textOf, type Observation } from '@/utils/plans/observation-model';

interface ObservationListProps {
  /** Newest observed first. */
  observations: readonly Observation[];
  /** Ids of observations whose stored record cannot be opened. */
  damaged: readonly string[];
  /** A red flag's title, in the page's language. */
  flagTitle: (id: string) => string;
  onCreate: () => void;
  onOpen: (id: string) => void;
  onDeleteDamaged: (id: string) => void;
  /** Today, YYYY-MM-DD: a date observed after it, or years back, is questioned here too. */
  today?: string;
}

/** The log: every observation of this youth, newest first, each one opening its editor. */
export function ObservationList({ observations, damaged, flagTitle, onCreate, onOpen, onDeleteDamaged, today }: ObservationListProps) {
  const places = sameDayPlaces(observations);
  return (
    <section aria-labelledby="observation-log-title">
      <div class="section-head">
        <h3 id="observation-log-title">
          {t('obs_view_log')} <span class="count">({observations.length})</span>
        </h3>
        <button type="button" class="primary" onClick={onCreate}>
          {t('obs_new')}
        </button>
      </div>
      {observations.length === 0 && !damaged.length && <p class="hint">{t('obs_empty')}</p>}
      {/* No empty list for a screen reader to enter ("list, 0 items"). */}
      {(observations.length > 0 || damaged.length > 0) && (
        <ol class="observation-list">
          {damaged.map((id) => (
            <li key={id} class="observation-item damaged">
              <span>{t('obs_damaged')}</span>
              <button type="button" class="small" onClick={() => onDeleteDamaged(id)}>
                {t('obs_delete')}
              </button>
            </li>
          ))}
          {observations.map((o) => {
            const observed = textOf(o, 'observedOn');
            const flags = flagsOf(o);
            // A date the editor questioned is questioned in the log too (helper-61: a year typed
            // wrong looked like any other entry, on its way to a court report).
            const question = today ? questionDate(observed, today) : undefined;
            const seen = textOf(o, 'seen');
            const previewId = `observation-${o.id}-preview`;
            const place = places.get(o.id);
            return (
              <li key={o.id} class="observation-item">
                {/* Described by what was seen: two of one day with the same flags read alike by name alone. */}
                <button
                  type="button"
                  class="observation-open"
                  data-observation={o.id}
                  onClick={() => onOpen(o.id)}
                  aria-describedby={seen ? previewId : undefined}
                >
                  <span class="observation-date">
                    {dateParts(observed) ? formatLongDate(observed) : t('obs_no_date')}
                    {place && ` · ${t('obs_same_day', place.n, place.of)}`}
                  </span>
                  <span class="observation-flags">
                    {flags.length ? flags.map(flagTitle).join(' · ') : t(isBlankObservation(o) ? 'obs_blank' : 'obs_no_flags')}
                  </span>
                </button>
                {question && <p class="date-question">{question}</p>}
                {seen && (
                  <p class="observation-preview" id={previewId}>
                    {seenPreview(seen)}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
