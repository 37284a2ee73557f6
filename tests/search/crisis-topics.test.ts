import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import type { GuideEntry } from '@/content';
import { createGuideSearch } from '@/utils/search';
import { withTopicCrisis } from '@/utils/search/rank';

const search = createGuideSearch(guide, lexicon);
const ids = (q: string) => search.search(q).map((e) => e.id);

/**
 * One word typed in a hurry names a crisis's topic without saying it is happening. helper-62
 * (a volunteer trying the extension without the code) typed "missing", "ran away", "AWOL" and
 * "runaway" and found the missing-youth steps 10th–14th. Written from the crisis reference.
 */
const TOPICS: [string, string][] = [
  ['missing', 'crisis-missing'],
  ['ran away', 'crisis-missing'],
  ['AWOL', 'crisis-missing'],
  ['awop', 'crisis-missing'],
  ['runaway', 'crisis-missing'],
  ['Runaways', 'crisis-missing'],
  ['running away', 'crisis-missing'],
  ['fugada', 'crisis-missing'],
  // "She doesn't come back", typed alone (helper-62's Spanish-first trial).
  ['no vuelve', 'crisis-missing'],
  ['no regresa', 'crisis-missing'],
  ['abuse', 'crisis-report-abuse'],
  ['abuso', 'crisis-report-abuse'],
  ['report', 'crisis-report-abuse'],
  ['exploited', 'crisis-report-abuse'],
  ['explotación', 'crisis-report-abuse'],
];

describe('a crisis topic alone puts its steps in sight, without a false alarm', () => {
  it.each(TOPICS)('“%s” lists %s in the top 3, not first', (query, crisisId) => {
    const found = ids(query);
    expect(found.slice(0, 3)).toContain(crisisId);
    expect(found[0]).not.toBe(crisisId);
  });

  it('leaves a query with more to it alone: it looks for what it says', () => {
    // A near-miss of the crisis list: the Safeline first and the steps not pushed above it.
    expect(ids('runaway hotline number')[0]).toBe('hotline-runaway-safeline');
    // "missing" among other words is not the topic alone ("missing court date").
    expect(ids('missing court date').slice(0, 3)).not.toContain('crisis-missing');
  });

  it('reads “AWOL from placement” as the situation: the steps first (helper-62)', () => {
    expect(ids('AWOL from placement')[0]).toBe('crisis-missing');
    expect(ids('awol from the group home')[0]).toBe('crisis-missing');
  });

  it('reads “no vuelve a casa” as the situation, and “cuando vuelve” as the words for her return', () => {
    expect(ids('no vuelve a casa')[0]).toBe('crisis-missing');
    expect(ids('no regresa a la casa hogar')[0]).toBe('crisis-missing');
    // "Vuelve a" is also "again": not a place, not a missing youth.
    expect(ids('no vuelve a hacerlo').slice(0, 3)).not.toContain('crisis-missing');
    for (const q of ['cuando vuelve', 'cuando vuelva', 'when she comes back']) expect(ids(q)[0], q).toMatch(/^phrase-/);
  });

  it('keeps the topic’s steps out of a filtered list of another kind', () => {
    expect(search.search('missing', { kind: 'resource' }).every((e) => e.kind === 'resource')).toBe(true);
  });
});

describe('withTopicCrisis', () => {
  const entry = (id: string) => ({ id }) as GuideEntry;
  const list = (...names: string[]) => names.map(entry);
  const crisis = entry('c');
  const order = (results: GuideEntry[]) => withTopicCrisis(results, crisis).map((e) => e.id);

  it('puts the crisis entry third when it is further down or absent', () => {
    expect(order(list('a', 'b', 'd', 'c'))).toEqual(['a', 'b', 'c', 'd']);
    expect(order(list('a', 'b', 'd', 'e'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('leaves it where it is when it is already among the first three', () => {
    expect(order(list('c', 'a', 'b'))).toEqual(['c', 'a', 'b']);
    expect(order(list('a', 'c', 'b'))).toEqual(['a', 'c', 'b']);
  });

  it('adds it last to a list shorter than three', () => {
    expect(order(list('a'))).toEqual(['a', 'c']);
    expect(order([])).toEqual(['c']);
  });
});
