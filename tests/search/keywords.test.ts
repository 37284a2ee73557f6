import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { createGuideSearch, MAX_QUERY_LENGTH } from '@/utils/search';
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);
const top = (q: string, n = 1) =>
  search
    .search(q)
    .slice(0, n)
    .map((e) => e.id);

describe('search: what an advocate types, and what they should see first', () => {
  it.each([
    ['traficking hotlne', 'hotline-human-trafficking'],
    ['hotline', 'hotline-human-trafficking'],
    ['trafficking', 'hotline-human-trafficking'],
    ['7888', 'hotline-human-trafficking'],
    ['rainn', 'hotline-rainn'],
    ['rape', 'hotline-rainn'],
    ['runaway', 'hotline-runaway-safeline'],
    ['runa', 'hotline-runaway-safeline'],
    ['ran away', 'hotline-runaway-safeline'],
    ['AWOL', 'hotline-runaway-safeline'],
    ['switchboard', 'hotline-runaway-safeline'],
    ['dating abuse', 'hotline-love-is-respect'],
    ['boyfriend', 'hotline-love-is-respect'],
    ['suicide', 'hotline-988'],
    ['988', 'hotline-988'],
    ['missing', 'hotline-ncmec'],
    ['report abuse', 'hotline-la-dcfs-child-protection'],
    ['domestic violence', 'hotline-domestic-violence'],
    ['saving innocence', 'resource-saving-innocence'],
    ['saving inocence', 'resource-saving-innocence'],
    ['lawyer', 'resource-alliance-childrens-rights'],
    ['clcht', 'resource-clcht-call'],
    ['pimp', 'hotline-human-trafficking'],
    ['judge', 'confidentiality-csec-status-court'],
    ['court report', 'confidentiality-csec-status-court'],
    ['burnout', 'self-care-supervisor'],
    ['instagram', 'recruitment-internet'],
    ['modeling', 'recruitment-false-advertising'],
    ['therapy', 'service-intensive-therapy'],
    ['emdr', 'service-intensive-therapy'],
    ['cash', 'red-flag-excess-cash'],
    ['burner phone', 'red-flag-prepaid-cards-phones'],
    ['older boyfriend', 'red-flag-older-partner'],
    ['drugs', 'tactic-drugs'],
    ['survival sex', 'recruitment-survival-sex'],
    ['ab1227', 'law-ab1227'],
    ['what is csec', 'fact-csec-definition'],
  ])('“%s” → %s first', (query, expected) => {
    expect(top(query)).toEqual([expected]);
  });

  it.each([
    ['red flags', 'red-flag', 5],
    ['what to say', 'phrasing', 5],
    ['came back', 'phrasing', 4],
    ['myth', 'myth', 3],
    ['self care', 'self-care', 3],
  ])('“%s” leads with %s entries', (query, kind, n) => {
    expect(
      search
        .search(query)
        .slice(0, n)
        .map((e) => e.kind),
    ).toEqual(Array(n).fill(kind));
  });

  it('finds both the tactic and the red flag for “gifts”', () => {
    expect(top('gifts', 3)).toEqual(expect.arrayContaining(['tactic-indulgences', 'red-flag-expensive-items']));
  });

  it('keeps the hotlines in their usual order when the query names them all', () => {
    expect(top('hotline', 3)).toEqual(['hotline-human-trafficking', 'hotline-la-dcfs-child-protection', 'hotline-rainn']);
  });

  it('filters by kind', () => {
    const flags = search.search('boyfriend', { kind: 'red-flag' });
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((e) => e.kind === 'red-flag')).toBe(true);
    expect(flags[0]?.id).toBe('red-flag-older-partner');
  });

  it('is deterministic: the same query gives the same order every time', () => {
    const first = search.search('support').map((e) => e.id);
    for (let i = 0; i < 5; i++) expect(search.search('support').map((e) => e.id)).toEqual(first);
    expect(
      createGuideSearch(guide, lexicon)
        .search('support')
        .map((e) => e.id),
    ).toEqual(first);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '     '],
    ['regex metacharacters', '(.*)+[?\\^$|{'],
    ['emoji', '💜🙏'],
    ['5,000 characters', 'hotline '.repeat(625)],
    ['control characters', '\u0000\u0007\u202e'],
  ])('never throws on bad input (%s)', (_name, query) => {
    expect(() => search.search(query)).not.toThrow();
    expect(Array.isArray(search.search(query))).toBe(true);
  });

  it('searches only the start of a huge paste', () => {
    expect(top('hotline '.repeat(625))).toEqual(top('hotline '.repeat(MAX_QUERY_LENGTH / 8)));
  });

  it('reads a long pasted thread to its end for a situation that cannot wait', () => {
    const news = 'good visit today, she likes her new school and her foster mom, we got food after court. '.repeat(3);
    expect(news.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(search.search(`${news} then she told me her boyfriend is selling her to other guys`)[0]?.id).toBe('crisis-report-abuse');
    expect(search.search(news)[0]?.kind).not.toBe('crisis');
  });

  it('offers the hotlines in rank order, starting with the trafficking hotline', () => {
    const hotlines = search.hotlines().map((e) => e.id);
    expect(hotlines[0]).toBe('hotline-human-trafficking');
    expect(hotlines).toContain('hotline-runaway-safeline');
    expect(hotlines).not.toContain('resource-saving-innocence');
  });
});

describe('a word shared by stem only does not make a hotline the answer (helper-60)', () => {
  it.each([
    // "sexualized" stems to RAINN's "Sexual": the red flag of that very word comes first.
    ['sexualized', 'red-flag-sexualized-behavior'],
    ['sexual assault', 'hotline-rainn'],
    ['sexual', 'hotline-rainn'],
  ])('“%s” → %s first', (query, id) => {
    expect(top(query)).toEqual([id]);
  });
});

describe('a service named by one of its other names, small words and all', () => {
  it('“missing from care” names NCMEC (one of its names) above entries that only share a word', () => {
    const ids = search.search('missing from care').map((e) => e.id);
    expect(ids.indexOf('hotline-ncmec')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('hotline-ncmec')).toBeLessThan(ids.indexOf('term-awol'));
  });
});
