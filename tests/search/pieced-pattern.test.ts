import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon, lexiconData } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import { alternativesOf, piecedPattern, type PiecedPattern } from '@/utils/search/pieced-pattern';
import { LATER_SETS, QUERIES } from '../search-eval/run';

/** The tuning queries (held-out ones are never read here either), padded as the signals read them. */
const queries = [QUERIES, ...Object.values(LATER_SETS)]
  .flatMap((set) => [...set.en, ...set.es])
  .filter((q) => !q.heldOut)
  .map((q) => ` ${q.query.toLowerCase().split(/\s+/).filter(Boolean).join(' ')} `);

/** Texts made of the signals' own words, two to six at a time: many of them match. */
function signalWordTexts(count: number): string[] {
  const pool = [...lexicon.signalWords, 'she', 'he', 'is', 'not', 'going', 'to', 'her', 'me', 'wants', 'ran', 'got', 'a'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % pool.length;
  return Array.from({ length: count }, () => ` ${Array.from({ length: 2 + (next() % 5) }, () => pool[next()]).join(' ')} `);
}

describe('crisis signals compiled in pieces', () => {
  it('splits a source at its top-level bars only', () => {
    expect(alternativesOf('a(b|c)|[|]d|e\\|f|(?<= )g(?= )')).toEqual(['a(b|c)', '[|]d', 'e\\|f', '(?<= )g(?= )']);
    expect(alternativesOf('[\\]|]a|b')).toEqual(['[\\]|]a', 'b']);
    expect(alternativesOf('abc')).toEqual(['abc']);
  });

  it('finds no numbered back-reference in the lexicon (pieces would number their groups anew)', () => {
    for (const signal of lexiconData.crisis)
      expect(`${signal.patterns.join('|')}|${signal.unless ?? ''}`, signal.entryId).not.toMatch(/\\[1-9]/);
  });

  it('compiles no piece of a signal larger than 1,500 characters of source (none holds the page long)', () => {
    for (const signal of lexicon.crisis) {
      for (const pattern of [signal.pattern, signal.unless]) {
        if (!pattern) continue;
        expect((pattern as PiecedPattern).pieces, signal.entryId).toBeDefined();
        const pieces = (pattern as PiecedPattern).pieces();
        const longest = Math.max(...alternativesOf(pattern.source).map((a) => a.length));
        for (const piece of pieces) expect(piece.source.length, signal.entryId).toBeLessThanOrEqual(Math.max(1500, longest));
      }
    }
    // The largest signal was one 15 KB pattern.
    expect(Math.max(...lexicon.crisis.map((s) => (s.pattern as PiecedPattern).pieces().length))).toBeGreaterThan(5);
  });

  it('matches exactly where the whole pattern does, on every tuning query and on texts of signal words', () => {
    const texts = [...queries, ...signalWordTexts(3000)];
    let matched = 0;
    for (const signal of lexiconData.crisis) {
      const sources = [signal.patterns.join('|'), signal.unless].filter((s): s is string => !!s);
      const pieced = sources.map(piecedPattern);
      sources.forEach((source, i) => {
        const whole = new RegExp(source);
        for (const text of texts) {
          const expected = whole.test(text);
          matched += Number(expected);
          expect(pieced[i]!.test(text), `${signal.entryId} ${text}`).toBe(expected);
        }
      });
    }
    expect(matched).toBeGreaterThan(500);
    // ≈ 2 s alone; up to 8 s on a loaded 2-core machine (seen while e2e ran beside it).
  }, 30_000);

  it('warms up one piece a step, each twice (compiled, then compiled to machine code, before a key is pressed)', () => {
    const pieces = lexicon.crisis.flatMap((s) => [s.pattern, s.unless].flatMap((p) => (p as PiecedPattern | undefined)?.pieces() ?? []));
    const runs = new Map<RegExp, number>(pieces.map((piece) => [piece, 0]));
    for (const piece of pieces) {
      const test = RegExp.prototype.test.bind(piece);
      piece.test = (text: string) => (runs.set(piece, runs.get(piece)! + 1), test(text));
    }
    try {
      const steps = createGuideSearch(guide, lexicon).warmSteps();
      expect(steps.length).toBeGreaterThan(2 * pieces.length);
      steps.forEach((step) => step());
      for (const count of runs.values()) expect(count).toBeGreaterThanOrEqual(2);
    } finally {
      for (const piece of pieces) delete (piece as { test?: unknown }).test;
    }
  });
});
