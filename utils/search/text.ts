/**
 * Text analysis shared by the index and the queries, so both split and stem words alike.
 * Stopwords and the stemmer come from Orama's packages (Snowball/Porter), not from a list
 * kept here: a hand-made list missed pronouns and question words ("her" prefix-matched
 * "here", "do" matched "do not"), which then outranked the words that mattered.
 */
import { stemmer as porter } from '@orama/stemmers/english';
import { stopwords as oramaStopwords } from '@orama/stopwords/english';

/**
 * Orama's English list, its contractions without the apostrophe (queries drop it: "dont"),
 * and a few words advocates add to any question without meaning anything by them.
 */
const STOPWORDS: ReadonlySet<string> = new Set([
  ...oramaStopwords.map((w) => w.replace(/'/g, '')),
  ...'a im ive id ill u ur pls please ok okay just really also get got'.split(' '),
]);

/** Personal pronouns fold into one token inside phrases: "kill herself" = "kill myself". */
const PRONOUNS: ReadonlyMap<string, string> = new Map([
  ...'i me my you your he him his she her they them their we us our'.split(' ').map((w) => [w, '_p'] as const),
  ...'myself yourself himself herself themselves themself ourselves'.split(' ').map((w) => [w, '_self'] as const),
]);

/** Lower-cased, accent-free words of `text`. Apostrophes join ("don't" → "dont"); other punctuation splits. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/** The Porter stem of a word ("burned" → "burn", "trafficked" → "traffick"); numbers stay as typed. */
export function stem(word: string): string {
  return /^\p{L}{3,}$/u.test(word) ? porter(word) : word;
}

/** One word as it takes part in a phrase: pronouns folded, everything else stemmed. */
export const phraseToken = (word: string): string => PRONOUNS.get(word) ?? stem(word);

/** The key a multi-word phrase is indexed and looked up under. */
export const phraseKey = (phraseWords: readonly string[]): string => phraseWords.map(phraseToken).join(' ');

/** The words worth indexing: no stopwords (a text made only of stopwords keeps them all). */
export function contentWords(text: string): string[] {
  const all = words(text);
  const kept = all.filter((w) => !STOPWORDS.has(w));
  return kept.length ? kept : all;
}
