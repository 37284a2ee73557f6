import { t } from '@/utils/i18n';
import { dateParts, formatLongDate } from '@/utils/observations/dates';
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
}

/** How much of what was seen the list shows; the whole text is in the editor, the timeline and the note. */
const PREVIEW_CHARS = 160;

const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text);

/** The log: every observation of this youth, newest first, each one opening its editor. */
export function ObservationList({ observations, damaged, flagTitle, onCreate, onOpen, onDeleteDamaged }: ObservationListProps) {
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
          return (
            <li key={o.id} class="observation-item">
              <button type="button" class="observation-open" onClick={() => onOpen(o.id)}>
                <span class="observation-date">{dateParts(observed) ? formatLongDate(observed) : t('obs_no_date')}</span>
                <span class="observation-flags">
                  {flags.length ? flags.map(flagTitle).join(' · ') : t(isBlankObservation(o) ? 'obs_blank' : 'obs_no_flags')}
                </span>
              </button>
              {textOf(o, 'seen') && <p class="observation-preview">{preview(textOf(o, 'seen'))}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
