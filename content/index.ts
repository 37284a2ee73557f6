import { advocacy, approach, avoid, confidentiality, harmReduction, informationGathering, services, stayInvolved } from './advocacy';
import { crisisCard as crisisCardEn, crisisEntries, type CrisisCard } from './crisis';
import { facts, law, myths, reminders } from './facts';
import { glossary } from './glossary';
import { numbersToMemorize } from './memorize';
import { phrasings } from './phrasings';
import { recruitmentMethods, traffickerTactics } from './recruitment';
import { redFlags } from './red-flags';
import { addedLines, nationalLines, seedOnlyResources } from './resources';
import { SEED_HEADING_LOST, SEED_SECTIONS, type EntryLine, type GuideEntry } from './schema';
import { selfCare } from './self-care';
import { ENTRIES_ES } from './es/entries';
import type { EntryEs } from './es/types';
import { LINE_NOTES_ES } from './es/names';
import { ADVOCATE_ES } from './es/advocate-guidance';
import { CONFIDENTIALITY_NOTE_ES, RED_FLAGS_ES } from './es/red-flags';
import { SEARCH_WORDS_ES } from './es/search-words';
import { GLOSSARY_ES, GLOSSARY_GUIDANCE_ES } from './es/glossary';
import { glossaryGuidance as glossaryGuidanceEn, type GlossaryGuidance } from './glossary';
import { TERM_LABELS, termText } from './glossary/term';
import { TYPED_WORDS } from './typed-words';

export * from './schema';
export type { CrisisCard, CrisisCardRow } from './crisis';
export type { GlossaryGuidance } from './glossary';

/** The guidance shown with every term, with its Spanish for a Spanish interface. */
export const glossaryGuidance: GlossaryGuidance = { ...glossaryGuidanceEn, es: GLOSSARY_GUIDANCE_ES };

/**
 * The whole guide, in the order a reader meets it: whom to call and what to do when it
 * can't wait, then what to notice, then what to do; the glossary last. Search results fall back to
 * this order on ties.
 */
export const guide: readonly GuideEntry[] = withSpanish(
  withTypedWords(
    withSeedHeadings([
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
  ),
);

/** Each handout entry's source with its section's name as cited, and whether the handout's text lost that heading. */
function withSeedHeadings(entries: GuideEntry[]): GuideEntry[] {
  return entries.map((e) =>
    e.source.type === 'seed'
      ? {
          ...e,
          source: {
            ...e.source,
            heading: SEED_SECTIONS[e.source.section],
            ...(SEED_HEADING_LOST.has(e.source.section) && { untitled: true as const }),
          },
        }
      : e,
  );
}

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
    const es = ENTRIES_ES[e.id] ?? readSpanish(e);
    if (!es) return withSpanishWords(e);
    // The advocate's reading: searched by its Spanish title and the Spanish words it was found by
    // before it was translated; a red flag by its body too (short, and all about what was seen).
    // The guidance's long bodies share everyday words (trata, apoyo, línea) with unrelated
    // queries: indexed, they cost seven Spanish evaluation queries their answer (helper-63).
    // A glossary term by its title and the Spanish words typed for it ("chulo", "padrote").
    if (es.indexed === false)
      return {
        ...e,
        es,
        esWords: [
          es.title,
          ...(ADVOCATE_ES[e.id] || GLOSSARY_ES[e.id] ? [] : [es.body]),
          ...(GLOSSARY_ES[e.id]?.synonyms ?? []),
          ...(SEARCH_WORDS_ES[e.id] ?? []),
        ],
      };
    const lines = e.lines?.map((line) => lineWithSpanish(line, es));
    return { ...e, es, ...(lines && { lines }) };
  });
}

/**
 * The advocate's reading in Spanish where content/es has it: the red flags and the note on
 * confidentiality, translated for the observations, read in the Spanish popup too (a Spanish-
 * speaking advocate weighs what she saw against them), and copied in Spanish from either one.
 */
function readSpanish(entry: GuideEntry): EntryEs | undefined {
  const id = entry.id;
  const term = GLOSSARY_ES[id];
  if (term) return termSpanish(entry, term);
  const words = id === 'confidentiality-csec-status-court' ? CONFIDENTIALITY_NOTE_ES : (RED_FLAGS_ES[id] ?? ADVOCATE_ES[id]);
  return words && { title: words.title, body: words.body, synonyms: [], indexed: false };
}

/**
 * A glossary term in Spanish, built as content/glossary/term.ts builds the English one. A street
 * word is copied as the youth or exploiter says it, in English and in quotes, never as ours.
 */
function termSpanish(entry: GuideEntry, term: (typeof GLOSSARY_ES)[string]): EntryEs {
  const { title, meaning, why, note, unconfirmed } = term;
  const street = entry.tags.includes('slang');
  return {
    title,
    ...termText(TERM_LABELS.es, { ...term, streetWord: street ? entry.title : undefined }),
    meaning,
    why,
    ...(note && { note }),
    ...(unconfirmed && { unconfirmed }),
    synonyms: [],
    indexed: false,
  };
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
