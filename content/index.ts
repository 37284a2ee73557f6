import { advocacy, approach, avoid, confidentiality, harmReduction, informationGathering, services, stayInvolved } from './advocacy';
import { crisisCard as crisisCardEn, crisisEntries, type CrisisCard } from './crisis';
import { facts, law, myths, reminders } from './facts';
import { glossary } from './glossary';
import { numbersToMemorize } from './memorize';
import { phrasings } from './phrasings';
import { recruitmentMethods, traffickerTactics } from './recruitment';
import { redFlags } from './red-flags';
import { addedLines, nationalLines, seedOnlyResources } from './resources';
import type { EntryLine, GuideEntry } from './schema';
import { selfCare } from './self-care';
import { ENTRIES_ES } from './es/entries';
import type { EntryEs } from './es/types';
import { LINE_NOTES_ES } from './es/names';
import { ADVOCATE_ES } from './es/advocate-guidance';
import { CONFIDENTIALITY_NOTE_ES, RED_FLAGS_ES } from './es/red-flags';
import { SEARCH_WORDS_ES } from './es/search-words';
import { TYPED_WORDS } from './typed-words';

export * from './schema';
export type { CrisisCard, CrisisCardRow } from './crisis';
export { glossaryGuidance, type GlossaryGuidance } from './glossary';

/**
 * The whole guide, in the order a reader meets it: whom to call and what to do when it
 * can't wait, then what to notice, then what to do; the glossary last. Search results fall back to
 * this order on ties.
 */
export const guide: readonly GuideEntry[] = withSpanish(
  withTypedWords([
    ...nationalLines,
    ...addedLines,
    ...crisisEntries,
    numbersToMemorize,
    ...seedOnlyResources,
    ...redFlags,
    ...recruitmentMethods,
    ...traffickerTactics,
    ...phrasings,
    ...informationGathering,
    ...approach,
    ...advocacy,
    ...services,
    ...harmReduction,
    ...avoid,
    ...confidentiality,
    ...stayInvolved,
    ...selfCare,
    ...facts,
    ...myths,
    ...law,
    ...reminders,
    ...glossary,
  ]),
);

/** Each entry with the words advocates type for it (content/typed-words.ts) among its synonyms. */
function withTypedWords(entries: GuideEntry[]): GuideEntry[] {
  return entries.map((e) => (TYPED_WORDS[e.id] ? { ...e, synonyms: [...e.synonyms, ...(TYPED_WORDS[e.id] ?? [])] } : e));
}

/**
 * Each youth-facing entry with its Spanish version (content/es), and each of its lines with
 * the line's Spanish name and words. Numbers are not part of a translation: a Spanish message
 * takes them from the same contact objects as the English one.
 */
function withSpanish(entries: GuideEntry[]): GuideEntry[] {
  return entries.map((e) => {
    const es = ENTRIES_ES[e.id] ?? readSpanish(e.id);
    if (!es) return withSpanishWords(e);
    // The advocate's reading: searched by its Spanish title and the Spanish words it was found by
    // before it was translated; a red flag by its body too (short, and all about what was seen).
    // The guidance's long bodies share everyday words (trata, apoyo, línea) with unrelated
    // queries: indexed, they cost seven Spanish evaluation queries their answer (helper-63).
    if (es.indexed === false)
      return { ...e, es, esWords: [es.title, ...(ADVOCATE_ES[e.id] ? [] : [es.body]), ...(SEARCH_WORDS_ES[e.id] ?? [])] };
    const lines = e.lines?.map((line) => lineWithSpanish(line, es));
    return { ...e, es, ...(lines && { lines }) };
  });
}

/**
 * The advocate's reading in Spanish where content/es has it: the red flags and the note on
 * confidentiality, translated for the observations, read in the Spanish popup too (a Spanish-
 * speaking advocate weighs what she saw against them), and copied in Spanish from either one.
 */
function readSpanish(id: string): EntryEs | undefined {
  const words = id === 'confidentiality-csec-status-court' ? CONFIDENTIALITY_NOTE_ES : (RED_FLAGS_ES[id] ?? ADVOCATE_ES[id]);
  return words && { title: words.title, body: words.body, synonyms: [], indexed: false };
}

/** An entry not translated yet, with the Spanish words a search finds it by. */
function withSpanishWords(entry: GuideEntry): GuideEntry {
  const esWords = SEARCH_WORDS_ES[entry.id];
  return esWords ? { ...entry, esWords } : entry;
}

/** A line with its Spanish name (as the Spanish entry `es` names it) and its contact's Spanish words. */
function lineWithSpanish(line: EntryLine, es: EntryEs): EntryLine {
  return {
    ...line,
    es: {
      name: es.lineNames?.[line.name] ?? (line.entryId && ENTRIES_ES[line.entryId]?.title) ?? line.name,
      ...(line.note && { note: LINE_NOTES_ES[line.note] ?? line.note }),
      ...(line.entryId && ENTRIES_ES[line.entryId]?.contact && { contact: ENTRIES_ES[line.entryId]?.contact }),
    },
  };
}

/**
 * "When it can't wait", each row's lines named in Spanish as its crisis entry names them (the
 * row's lines are that entry's own), with their phone labels: the card's words are in
 * content/es/crisis-card.ts, its lines' words with the entries'.
 */
export const crisisCard: CrisisCard = {
  ...crisisCardEn,
  rows: crisisCardEn.rows.map((row) => {
    const es = ENTRIES_ES[row.entryId];
    return es ? { ...row, lines: row.lines.map((line) => lineWithSpanish(line, es)) } : row;
  }),
};

export type { CrisisCardEs, EntryEs, PlanFormEs } from './es/types';
