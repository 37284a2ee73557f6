import { CSEC_CONFIRMED } from '@/utils/plans/form';
import type { Plan } from '@/utils/plans/model';
import { flagsOf, textOf, toldOf, type Observation } from '@/utils/plans/observation-model';
import { byDateObserved, dateParts, formatLongDate } from './dates';
import { labellingWords } from './labelling-words';

/** How each role reads in a sentence ("The CASA informed the CSW…"). */
const ROLE_WORDS: Readonly<Record<string, string>> = {
  CSW: 'the CSW',
  'CASA supervisor': 'the CASA supervisor',
  Attorney: 'the attorney',
  'DCFS hotline': 'the DCFS hotline',
  Therapist: 'the therapist',
  Other: 'another person',
};

/** Whitespace runs (line breaks included) as single spaces, so the note reads as one paragraph. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The text with a full stop at its end unless it already ends a sentence. */
const sentence = (text: string) => (/[.!?…)"”’]$/u.test(text) ? text : `${text}.`);

/** "a, b and c" */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "the CSW (J. Smith) on March 4, 2026", "the DCFS hotline on March 4, 2026 (referral number 123)". */
function toldPhrase(row: Record<string, string>): string {
  const role = row.role ?? '';
  const name = oneLine(row.name ?? '');
  let who = ROLE_WORDS[role] ?? 'another person';
  if (name) who = role === 'Other' ? name : `${who} (${name})`;
  const on = dateParts(row.on ?? '') ? ` on ${formatLongDate(row.on!)}` : '';
  const reference = oneLine(row.reference ?? '');
  return `${who}${on}${reference ? ` (referral number ${reference})` : ''}`;
}

/** The sentences for one observation: when, what was seen, who was told, what follows. */
function describe(observation: Observation, wording: (flagId: string) => string | undefined): string {
  const observed = textOf(observation, 'observedOn');
  const written = textOf(observation, 'writtenOn');
  const when = dateParts(observed) ? `On ${formatLongDate(observed)}` : 'On a date not recorded';
  const recorded = dateParts(written) && written !== observed ? ` (recorded ${formatLongDate(written)})` : '';
  const seen = oneLine(textOf(observation, 'seen'));
  const flags = listOf(flagsOf(observation).flatMap((id) => wording(id) ?? []));
  const parts: string[] = [];
  if (seen) parts.push(`${when}${recorded}, the CASA observed: ${sentence(seen)}`, ...(flags ? [`This included ${flags}.`] : []));
  else if (flags) parts.push(`${when}${recorded}, the CASA observed ${flags}.`);
  else parts.push(`${when}${recorded}, the CASA made an observation; no details were recorded.`);
  const told = toldOf(observation).filter((r) => r.role || r.name);
  if (told.length) parts.push(`The CASA informed ${listOf(told.map(toldPhrase))}.`);
  const followUp = oneLine(textOf(observation, 'followUp'));
  if (followUp) parts.push(`Follow-up: ${sentence(followUp)}`);
  return parts.join(' ');
}

/**
 * A short, dated, factual paragraph for the case file or a court report, from the chosen
 * observations in date order. Its own words describe what was seen and who was told; it never
 * labels the youth. Red flags appear as the guide's neutral `observed` wording, not their titles.
 */
export function composeCourtNote(observations: readonly Observation[], wording: (flagId: string) => string | undefined): string {
  return [...observations]
    .sort(byDateObserved)
    .map((o) => describe(o, wording))
    .join(' ');
}

/** Whether the plan records CSEC status as confirmed by DCFS or the court. */
export const csecStatusConfirmed = (plan: Pick<Plan, 'data'>) => plan.data.csecStatus === CSEC_CONFIRMED;

/**
 * The labelling words in a note that must not reach the court while CSEC status is not
 * confirmed (the handout's note on confidentiality); [] when there are none or it is confirmed.
 */
export function wordsToReconsider(note: string, plan: Pick<Plan, 'data'>): string[] {
  return csecStatusConfirmed(plan) ? [] : labellingWords(note);
}
