import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import type { Lexicon } from '@/utils/search/lexicon';

/** `lexicon` with each signal pattern counting the texts it is run on. */
function countingLexicon(): { lexicon: Lexicon; runs: Map<RegExp, number> } {
  const runs = new Map<RegExp, number>();
  const counted = (pattern: RegExp | undefined) => {
    if (!pattern) return pattern;
    const copy = new RegExp(pattern.source, pattern.flags);
    const test = copy.test.bind(copy);
    copy.test = (text: string) => (runs.set(copy, (runs.get(copy) ?? 0) + 1), test(text));
    runs.set(copy, 0);
    return copy;
  };
  return {
    runs,
    lexicon: {
      ...lexicon,
      crisis: lexicon.crisis.map((s) => ({ ...s, pattern: counted(s.pattern)!, unless: counted(s.unless), topic: counted(s.topic) })),
      intents: lexicon.intents.map((r) => ({ ...r, pattern: counted(r.pattern)! })),
    },
  };
}

const QUERIES = ['traficking hotlne', 'she ran away last night', 'what do i say when she comes back', 'se escapó', 'tr', 'court report'];

describe('the search warmed up before the first keystroke', () => {
  it('runs every signal pattern twice (the engine compiles it, then compiles it to machine code)', () => {
    const { lexicon: counting, runs } = countingLexicon();
    const steps = createGuideSearch(guide, counting).warmSteps();
    expect(steps.length).toBeGreaterThan(runs.size);
    steps.forEach((step) => step());
    for (const count of runs.values()) expect(count).toBeGreaterThanOrEqual(2);
  });

  it('answers every query as a search that was not warmed up', () => {
    const warmed = createGuideSearch(guide, lexicon);
    warmed.warmSteps().forEach((step) => step());
    const cold = createGuideSearch(guide, lexicon);
    for (const query of QUERIES) {
      expect(
        warmed.search(query).map((e) => e.id),
        query,
      ).toEqual(cold.search(query).map((e) => e.id));
      expect(warmed.suggest(query), query).toEqual(cold.suggest(query));
    }
  });

  it('answers a word typed again as it did the first time (looked up once, kept)', () => {
    const search = createGuideSearch(guide, lexicon);
    const first = search.search('boyfriend older').map((e) => e.id);
    search.search('boyfriend');
    search.search('boyfriend o');
    expect(search.search('boyfriend older').map((e) => e.id)).toEqual(first);
  });
});
