import type { GuideEntry } from '@/content';
import { t } from '@/utils/i18n';
import { guideEntryIn } from '@/utils/observations/guide-words';
import { byDateObserved, dateParts, formatLongDate, isoDate } from '@/utils/observations/dates';
import { planTitle } from '@/utils/plans/format';
import { flagsOf, textOf, type Observation } from '@/utils/plans/observation-model';

interface RedFlagChecklistPrintProps {
  /** The guide's red-flag entries, in the guide's order. */
  flags: readonly GuideEntry[];
  /** Where it came from, as the guide cites the handout. */
  source: string;
  /** Filled: the plan's nickname and the chosen observations. Blank: absent. */
  filled?: { nickname: string; observations: readonly Observation[] };
  /** Today, YYYY-MM-DD: a date after it is marked. */
  today?: string;
}

/** The dates (observed) on which `flagId` was ticked, earliest first, each once. */
function datesSeen(flagId: string, observations: readonly Observation[], shown: (date: string) => string): string[] {
  return (
    [...observations]
      .sort(byDateObserved)
      .filter((o) => flagsOf(o).includes(flagId))
      .map((o) => textOf(o, 'observedOn'))
      .map((d) => (dateParts(d) ? shown(d) : t('checklist_no_date')))
      // Two observations on one day are one date seen.
      .filter((d, i, all) => all.indexOf(d) === i)
  );
}

/** "1 observation", "3 observations", in the page's language. */
const count = (n: number) => (n === 1 ? t('obs_observations_one') : t('obs_observations', n));

/**
 * One printed page: every red flag of the guide with a box to tick, its description, and room
 * for dates and notes; filled from chosen observations, the boxes are ticked and dated.
 */
export function RedFlagChecklistPrint({ flags, source, filled, today = isoDate() }: RedFlagChecklistPrintProps) {
  const observed =
    filled?.observations
      .map((o) => textOf(o, 'observedOn'))
      .filter((d) => dateParts(d))
      .sort() ?? [];
  // A date typed ahead by mistake is marked, not printed as a fact (helper-69).
  const shown = (date: string) => (date > today ? t('date_future_mark', formatLongDate(date)) : formatLongDate(date));
  return (
    <article class="print-checklist" aria-label={t('checklist_title')}>
      <h1>{filled ? t('checklist_title_for', planTitle(filled.nickname)) : t('checklist_title')}</h1>
      <p class="checklist-meta">
        {filled
          ? observed.length
            ? observed[0] === observed.at(-1)
              ? t('checklist_filled_on', count(filled.observations.length), shown(observed[0]!))
              : t('checklist_filled_dates', count(filled.observations.length), shown(observed[0]!), shown(observed.at(-1)!))
            : t('checklist_filled', count(filled.observations.length))
          : t('checklist_blank_line')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" class="tick">
              {t('checklist_seen')}
            </th>
            <th scope="col">{t('checklist_flag')}</th>
            <th scope="col" class="when">
              {filled ? t('checklist_dates_seen') : t('checklist_date_notes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {flags.map((english) => {
            const flag = guideEntryIn(english);
            const dates = filled ? datesSeen(flag.id, filled.observations, shown) : [];
            return (
              <tr key={flag.id}>
                <td class="tick">
                  <span role="img" aria-label={dates.length ? t('checklist_seen') : t('checklist_not_ticked')}>
                    {dates.length ? '☑' : '☐'}
                  </span>
                </td>
                <th scope="row">
                  <strong>{flag.title}</strong>
                  <span class="flag-body">{flag.body}</span>
                </th>
                <td class="when">{dates.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer>
        <p>{t('checklist_confidential')}</p>
        <p>{t('checklist_source', source)}</p>
      </footer>
    </article>
  );
}
