/**
 * Text analysis shared by the index and the queries, so both split and stem words alike.
 * The stemmers are Orama's Snowball/Porter stemmers for English and Spanish; the stopwords
 * come with the lexicon (utils/search/lexicon.ts), as data.
 */
import { stemmer as porter } from '@orama/stemmers/english';
import { stemmer as snowballSpanish } from '@orama/stemmers/spanish';
import { stripAccents } from '../accents';

/** Personal pronouns fold into one token inside phrases: "kill herself" = "kill myself". */
const PRONOUNS: ReadonlyMap<string, string> = new Map([
  ...'i me my you your he him his she her they them their we us our'.split(' ').map((w) => [w, '_p'] as const),
  ...'myself yourself himself herself themselves themself ourselves'.split(' ').map((w) => [w, '_self'] as const),
]);

/** Lower-cased, accent-free words of `text`. Apostrophes join ("don't" → "dont"); other punctuation splits. */
export function words(text: string): string[] {
  return stripAccents(text.toLowerCase())
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const isWord = (word: string) => /^\p{L}{3,}$/u.test(word);

/** The Porter stem of an English word ("burned" → "burn", "trafficked" → "traffick"); numbers stay as typed. */
export function stem(word: string): string {
  return isWord(word) ? porter(word) : word;
}

/** The Snowball stem of a Spanish word ("suicidarse" → "suicid", "desaparecida" → "desaparec"). */
export function stemSpanish(word: string): string {
  return isWord(word) ? snowballSpanish(word) : word;
}

/** One word as it takes part in a phrase: pronouns folded, everything else stemmed. */
export const phraseToken = (word: string): string => PRONOUNS.get(word) ?? stem(word);

/** The key a multi-word phrase is indexed and looked up under. */
export const phraseKey = (phraseWords: readonly string[]): string => phraseWords.map(phraseToken).join(' ');

/** The words worth indexing: no stopwords (a text made only of stopwords keeps them all). */
export function contentWords(text: string, isStopword: (word: string) => boolean): string[] {
  const all = words(text);
  const kept = all.filter((w) => !isStopword(w));
  return kept.length ? kept : all;
}
