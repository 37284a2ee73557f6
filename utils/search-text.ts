/** Text analysis shared by the search index and its queries, so both split words alike. */

/** Words too common to tell entries apart; dropped from the index and from queries. */
const STOPWORDS = new Set(
  'a an and are as at be by for from has have i in is it its me my of on or our so that the their them they this to was we were with you your'.split(
    ' ',
  ),
);

/** Lower-cased, accent-free words of `text`; punctuation and regex metacharacters split words. */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words worth indexing or searching for: `queryWords` without stopwords. */
export function searchTerms(text: string): string[] {
  const words = queryWords(text);
  const kept = words.filter((w) => !STOPWORDS.has(w));
  // A query made only of stopwords ("what to") still searches for something.
  return kept.length ? kept : words;
}

/** Plural and singular match alike: "flags" finds "flag", "hotlines" finds "hotline". */
export function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
