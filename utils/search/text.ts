/**
 * Text analysis shared by the index and the queries, so both split and stem words alike.
 * The stemmers are Orama's Snowball/Porter stemmers for English and Spanish; the stopwords
 * come with the lexicon (utils/search/lexicon.ts), as data.
 */
import { stemmer as porter } from '@orama/stemmers/english';
import { stemmer as snowballSpanish } from '@orama/stemmers/spanish';

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

const DIGITS = new Map('zero one two three four five six seven eight nine'.split(' ').map((w, i) => [w, String(i)]));

/**
 * A three-digit line said aloud to a phone ("nine eight eight", "nine one one") as its digits.
 * Only runs of exactly three: "one" alone, or a phone number read out, stay words.
 */
export function spokenNumbers(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length;) {
    let run = 0;
    while (DIGITS.has(list[i + run] ?? '')) run++;
    if (run === 3)
      out.push(
        list
          .slice(i, i + 3)
          .map((w) => DIGITS.get(w))
          .join(''),
      );
    else out.push(...list.slice(i, i + Math.max(run, 1)));
    i += Math.max(run, 1);
  }
  return out;
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
