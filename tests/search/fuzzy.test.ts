import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { createFuzzy, FUZZY_THRESHOLD } from '@/utils/search/fuzzy';
import { words } from '@/utils/search/text';

/** The guide's own words, as the search's vocabulary holds them (lower case, accents kept). */
const vocabulary = [...new Set(guide.flatMap((e) => words(`${e.title} ${e.body} ${e.synonyms.join(' ')} ${e.es?.body ?? ''}`)))].sort();

/** What an advocate types: each word with a letter dropped, doubled, swapped, replaced, or cut short. */
function typos(word: string): string[] {
  const at = Math.floor(word.length / 2);
  return [
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
    word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1),
    word.slice(0, at) + 'x' + word.slice(at + 1),
    word.slice(0, Math.max(4, word.length - 3)),
    `q${word}`,
  ];
}

describe('fuzzy lookup over the guide’s words', () => {
  const plain = new Fuse(vocabulary, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 2 });
  const fuzzy = createFuzzy(vocabulary);
  const patterns = [
    ...vocabulary.filter((_, i) => i % 40 === 0).flatMap(typos),
    'traficking',
    'hotlne',
    'sucide',
    'escapo',
    'niña',
    'counsler',
    'a'.repeat(40),
  ].filter((p) => p.length >= 3);

  it('finds what fuse.js over the whole list finds, in the same order and with the same scores', () => {
    expect(patterns.length).toBeGreaterThan(300);
    for (const pattern of patterns) {
      const expected = plain.search(pattern).map((r) => [r.item, r.score]);
      expect(
        fuzzy.search(pattern).map((r) => [r.item, r.score]),
        pattern,
      ).toEqual(expected);
    }
  }, 60_000);

  it('still finds a misspelled word', () => {
    expect(fuzzy.search('traficking').map((r) => r.item)).toContain('trafficking');
  });
});
