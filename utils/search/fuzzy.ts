import Fuse, { type FuseResult } from 'fuse.js/basic';

/** How far a word may be from a term of the guide and still reach it (fuse.js's 0–1 score). */
export const FUZZY_THRESHOLD = 0.34;
const OPTIONS = { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 };

/** The letters `text` holds, one bit each: a–z apart, every other character in a few shared bits (sharing only lets more through). */
function lettersOf(text: string): number {
  let bits = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    bits |= 1 << (code > 96 && code < 123 ? code - 97 : 26 + (code % 6));
  }
  return bits;
}

/**
 * fuse.js over a list of short terms, with its answers unchanged but found sooner. Its bitap
 * matches a pattern of m letters within k = 0.34·m edits, and each letter of the pattern that a
 * term lacks costs at least one edit: a term that lacks more than k of them cannot match and is
 * left out before the bitap runs. A new word's first lookup took 5–20 ms over the whole list;
 * most terms lack too many letters. A pattern past fuse.js's 32 letters is searched in parts,
 * each of which may match: it is not filtered.
 */
export function createFuzzy(terms: readonly string[]): { search(pattern: string): FuseResult<string>[] } {
  const letters = terms.map(lettersOf);
  return {
    search(pattern: string) {
      const allowed = pattern.length > 32 ? 32 : Math.floor(FUZZY_THRESHOLD * pattern.length);
      const wanted = lettersOf(pattern);
      const near = (have: number) => {
        let missing = 0;
        // Counts the wanted letters this term lacks (one bit cleared per turn).
        for (let lacking = wanted & ~have; lacking; lacking &= lacking - 1) missing++;
        return missing <= allowed;
      };
      return new Fuse(
        terms.filter((_, i) => near(letters[i]!)),
        OPTIONS,
      ).search(pattern);
    },
  };
}
