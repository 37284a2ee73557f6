import { t } from '@/utils/i18n';
import { flagsOf, textOf, type Observation } from '@/utils/plans/observation-model';
import { formatLongDate, questionDate, questionObservationDates } from './dates';

/** What the court note asks about its chosen observations before it leaves the panel. */
export interface NoteChecks {
  /** Each a sentence, shown beside the note and asked again before Copy or Insert. */
  sentences: string[];
  /** The chosen observations those sentences are about, in the order given: where to look. */
  about: Observation[];
}

/** The dates of `o` that the editor questioned, as the note states them: observed, recorded, told. */
function dateQuestions(o: Observation, today: string): string[] {
  return [
    questionDate(textOf(o, 'observedOn'), today),
    questionDate(textOf(o, 'writtenOn'), today),
    questionObservationDates(o.data, today).told,
  ].filter((q): q is string => !!q);
}

/**
 * A date the editor questioned would reach the court as a fact; ticked flags with nothing written
 * read as "the CASA observed injuries…" (one press of "Note this" on the wrong row, helper-69).
 * Both are said beside the note and asked again as it leaves (helper-69: Copy and Insert went
 * straight through with a date a year ahead).
 */
export function noteChecks(chosen: readonly Observation[], today: string): NoteChecks {
  const questioned = chosen.map((o) => ({ o, dates: dateQuestions(o, today) }));
  const dates = questioned.flatMap((q) => q.dates);
  const flagsOnly = chosen.filter((o) => flagsOf(o).length > 0 && !textOf(o, 'seen').trim());
  const sentences = [
    ...(dates.length ? [t('obs_note_dates', [...new Set(dates)].join(' '))] : []),
    ...(flagsOnly.length
      ? [t('obs_note_flags_only', flagsOnly.map((o) => formatLongDate(textOf(o, 'observedOn')) || t('obs_no_date')).join(', '))]
      : []),
  ];
  return { sentences, about: questioned.filter((q) => q.dates.length > 0 || flagsOnly.includes(q.o)).map((q) => q.o) };
}
