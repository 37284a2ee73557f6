import { currentLang, translatorIn, type Lang, type MessageKey, type Translator } from '@/utils/i18n';
import { CSEC_CONFIRMED } from '@/utils/plans/form';
import type { Plan } from '@/utils/plans/model';
import { flagsOf, textOf, toldOf, type Observation } from '@/utils/plans/observation-model';
import { byDateObserved, dateParts, formatLongDate } from './dates';
import { labellingWords } from './labelling-words';

/** How each role (as stored) reads in a sentence ("The CASA informed the CSW…", "El/la CASA informó al/a la CSW…"). */
const ROLE_WORDS: Readonly<Record<string, MessageKey>> = {
  CSW: 'obs_note_role_csw',
  'CASA supervisor': 'obs_note_role_supervisor',
  Attorney: 'obs_note_role_attorney',
  'DCFS hotline': 'obs_note_role_hotline',
  Therapist: 'obs_note_role_therapist',
  Other: 'obs_note_role_other',
};

/**
 * Whitespace runs (line breaks included) as single spaces, so the note reads as one paragraph.
 * Invisible direction overrides and isolates go: in a field they end with it, but in one
 * paragraph an override pasted into a name would reverse every word after it in the case file.
 */
const oneLine = (text: string) =>
  text
    .replace(/[\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

/** The text with a full stop at its end unless it already ends a sentence (an emoji ends one too: "cousin 👀." read oddly, helper-81). */
const sentence = (text: string) => (/([.!?…)"”’]|\p{Extended_Pictographic}\uFE0F?)$/u.test(text) ? text : `${text}.`);

/**
 * "a, b and c", "a, b y c". (Spanish writes "e" before an "i" sound; no item starts with one:
 * people told read "a …"/"al …", and tests/observations/red-flags-es.test.ts checks the flags.)
 * `parted`: when an item's own words hold commas ("fear, anxiety, … or nervousness"),
 * semicolons part the items ("a; b; and c"), so no reader takes one item for several.
 */
function listOf(tr: Translator, items: readonly string[], parted = false): string {
  if (items.length <= 1) return items.join('');
  const semicolons = parted && items.some((item) => item.includes(','));
  return `${items.slice(0, -1).join(semicolons ? '; ' : ', ')}${semicolons ? ';' : ''} ${tr.t('obs_note_and')} ${items.at(-1)}`;
}

/** "the CSW (J. Smith) on March 4, 2026", "the DCFS hotline on March 4, 2026 (referral number 123)". */
function toldPhrase(tr: Translator, row: Record<string, string>): string {
  const { t } = tr;
  const role = row.role ?? '';
  const name = oneLine(row.name ?? '');
  // Own keys only: a stored role of "constructor" (rows are not checked against the choices) reads as "another person".
  let who = t(Object.hasOwn(ROLE_WORDS, role) ? ROLE_WORDS[role]! : 'obs_note_role_other');
  if (name) who = role === 'Other' ? t('obs_note_told_named', name) : `${who} (${name})`;
  if (dateParts(row.on ?? '')) who = t('obs_note_told_on', who, formatLongDate(row.on!, tr.lang));
  const reference = oneLine(row.reference ?? '');
  return reference ? t('obs_note_referral', who, reference) : who;
}

/** The sentences for one observation: when, what was seen, who was told, what follows. */
function describe(tr: Translator, observation: Observation, wording: (flagId: string) => string | undefined): string {
  const { t } = tr;
  const observed = textOf(observation, 'observedOn');
  const written = textOf(observation, 'writtenOn');
  const on = dateParts(observed) ? t('obs_note_on', formatLongDate(observed, tr.lang)) : t('obs_note_on_unknown');
  const when = dateParts(written) && written !== observed ? `${on} ${t('obs_note_recorded', formatLongDate(written, tr.lang))}` : on;
  const seen = oneLine(textOf(observation, 'seen'));
  const flags = listOf(
    tr,
    flagsOf(observation).flatMap((id) => wording(id) ?? []),
    true,
  );
  // Someone else's report is said as theirs, never as what the CASA observed (helper-69).
  const by = oneLine(textOf(observation, 'reportedBy'));
  const parts: string[] = [];
  if (by && (seen || flags))
    parts.push(
      seen ? t('obs_note_reported_seen', when, by, sentence(seen)) : t('obs_note_reported_flags', when, by, flags),
      ...(seen && flags ? [t('obs_note_reported_included', flags)] : []),
    );
  else if (seen) parts.push(t('obs_note_observed_seen', when, sentence(seen)), ...(flags ? [t('obs_note_included', flags)] : []));
  else if (flags) parts.push(t('obs_note_observed_flags', when, flags));
  else parts.push(t('obs_note_observed_nothing', when));
  const told = toldOf(observation).filter((r) => r.role || r.name);
  // The sentence's own full stop ends it: a name ending in an initial ("Isabel R.") adds none.
  if (told.length)
    parts.push(
      t(
        'obs_note_informed',
        listOf(
          tr,
          told.map((row) => toldPhrase(tr, row)),
        ).replace(/\.$/u, ''),
      ),
    );
  const followUp = oneLine(textOf(observation, 'followUp'));
  if (followUp) parts.push(t('obs_note_follow_up', sentence(followUp)));
  return parts.join(' ');
}

/**
 * A short, dated, factual paragraph for the case file or a court report, from the chosen
 * observations in date order, in `lang` (the page's language unless the advocate chose the
 * other; what the advocate wrote stays as typed). Its own words describe what was seen and who
 * was told; it never labels the youth. Red flags appear as the guide's neutral `observed`
 * wording (`wording` gives it in `lang`), not their titles.
 */
export function composeCourtNote(
  observations: readonly Observation[],
  wording: (flagId: string) => string | undefined,
  lang: Lang = currentLang(),
): string {
  const tr = translatorIn(lang) ?? translatorIn(currentLang())!;
  return [...observations]
    .sort(byDateObserved)
    .map((o) => describe(tr, o, wording))
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
