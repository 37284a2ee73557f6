import type { GuideEntry } from '@/content';
import { byDateObserved, dateParts, formatLongDate } from '@/utils/observations/dates';
import { planTitle } from '@/utils/plans/format';
import { flagsOf, textOf, type Observation } from '@/utils/plans/observation-model';

interface RedFlagChecklistPrintProps {
  /** The guide's red-flag entries, in the guide's order. */
  flags: readonly GuideEntry[];
  /** Where it came from, as the guide cites the handout. */
  source: string;
  /** Filled: the plan's nickname and the chosen observations. Blank: absent. */
  filled?: { nickname: string; observations: readonly Observation[] };
}

/** The dates (observed) on which `flagId` was ticked, earliest first. */
function datesSeen(flagId: string, observations: readonly Observation[]): string[] {
  return [...observations]
    .sort(byDateObserved)
    .filter((o) => flagsOf(o).includes(flagId))
    .map((o) => textOf(o, 'observedOn'))
    .map((d) => (dateParts(d) ? formatLongDate(d) : 'date not recorded'));
}

/**
 * One printed page: every red flag of the guide with a box to tick, its description, and room
 * for dates and notes; filled from chosen observations, the boxes are ticked and dated.
 */
export function RedFlagChecklistPrint({ flags, source, filled }: RedFlagChecklistPrintProps) {
  const observed =
    filled?.observations
      .map((o) => textOf(o, 'observedOn'))
      .filter((d) => dateParts(d))
      .sort() ?? [];
  return (
    <article class="print-checklist" aria-label="Red-flag checklist">
      <h1>Red-flag checklist{filled ? `: ${planTitle(filled.nickname)}` : ''}</h1>
      <p class="checklist-meta">
        {filled
          ? observed.length
            ? `Filled from ${filled.observations.length} ${filled.observations.length === 1 ? 'observation' : 'observations'}, ${formatLongDate(observed[0]!)} to ${formatLongDate(observed.at(-1)!)}.`
            : `Filled from ${filled.observations.length} ${filled.observations.length === 1 ? 'observation' : 'observations'}.`
          : 'Youth (nickname or initials only): ____________   Date: ____________'}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" class="tick">
              Seen
            </th>
            <th scope="col">Red flag</th>
            <th scope="col" class="when">
              {filled ? 'Dates seen' : 'Date and notes'}
            </th>
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => {
            const dates = filled ? datesSeen(flag.id, filled.observations) : [];
            return (
              <tr key={flag.id}>
                <td class="tick">
                  <span role="img" aria-label={dates.length ? 'Seen' : 'Not ticked'}>
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
        <p>
          Confidential. Describe what you saw and heard; do not label the youth. Do not share CSEC status with the court unless it has been
          confirmed by DCFS or the court.
        </p>
        <p>Source: {source}.</p>
      </footer>
    </article>
  );
}
