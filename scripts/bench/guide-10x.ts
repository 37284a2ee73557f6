/**
 * The guide at ten times its size, for `npm run bench` only: wxt.config.ts aliases
 * `@/content` to this file when BENCH_GUIDE_SCALE=10, so the shipped build never includes it.
 * Each copy shuffles the words of its text so the index is as varied as a real, larger guide.
 */
import { guide as shipped } from '../../content/index.ts';
import type { GuideEntry } from '../../content/schema.ts';

export * from '../../content/schema.ts';
export { crisisCard, glossaryGuidance } from '../../content/index.ts';

const SCALE = 10;

function rotateWords(text: string, by: number): string {
  const words = text.split(' ');
  const k = by % words.length;
  return [...words.slice(k), ...words.slice(0, k)].join(' ');
}

function variant(entry: GuideEntry, copy: number): GuideEntry {
  return {
    ...entry,
    id: `${entry.id}-copy-${copy}`,
    title: `${rotateWords(entry.title, copy)} ${copy}`,
    body: rotateWords(entry.body, copy * 3),
    synonyms: entry.synonyms.map((s) => rotateWords(s, copy)),
    hotlineRank: undefined,
  };
}

export const guide: readonly GuideEntry[] = [
  ...shipped,
  ...Array.from({ length: SCALE - 1 }, (_, i) => shipped.map((e) => variant(e, i + 1))).flat(),
];
