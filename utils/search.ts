import type { EntryKind, GuideEntry } from '@/content';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { queryWords, searchTerms, stem } from './search-text';

export { queryWords } from './search-text';

/** Long pastes are cut here: no advocate types more, and cost grows with every word. */
export const MAX_QUERY_LENGTH = 80;

export interface SearchOptions {
  /** Only entries of this kind. */
  kind?: EntryKind | null;
  /** At most this many results (default 50). */
  limit?: number;
}

/** Search over one guide; the index is built on the first search, once. */
export interface GuideSearch {
  /** Entries matching `query`, best first; ties keep the guide's order. Empty query → []. */
  search(query: string, options?: SearchOptions): GuideEntry[];
  /** All entries of a kind, in guide order (what a chip shows before anything is typed). */
  byKind(kind: EntryKind): GuideEntry[];
  /** The hotlines shown on the empty query, in their rank order. */
  hotlines(): GuideEntry[];
  /** The entry with this id, if any. */
  get(id: string): GuideEntry | undefined;
  /** Builds the index now (e.g. when the page is idle) so the first keystroke does not wait. */
  warm(): void;
}

function everyWordStartsOne(words: string[], names: string[]): boolean {
  return words.every((w) => names.some((n) => n.startsWith(stem(w))));
}

/**
 * How directly a query names an entry, so "rainn", "runaway safe" or "saving inno" put that
 * service's contact first. Every query word must start a word of the entry's names:
 * 3 = a resource's title, 2 = a resource's synonyms or tags, 1 = any other entry's, 0 = no.
 */
export function nameTier(entry: GuideEntry, words: string[]): number {
  if (words.length === 0) return 0;
  const isResource = entry.kind === 'resource';
  if (isResource && everyWordStartsOne(words, queryWords(entry.title))) return 3;
  const names = queryWords([entry.title, ...entry.synonyms, ...entry.tags].join(' '));
  if (!everyWordStartsOne(words, names)) return 0;
  return isResource ? 2 : 1;
}

interface Ranked {
  entry: GuideEntry;
  index: number;
  tier: number;
  coverage: number;
  score: number;
}

/**
 * Results ordered by: named services first (hotlines in their usual order), then how many of
 * the query's words matched, then weighted strength, then the guide's own order.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.tier - a.tier ||
    (a.tier === 3 ? (a.entry.hotlineRank ?? 99) - (b.entry.hotlineRank ?? 99) : 0) ||
    b.coverage - a.coverage ||
    b.score - a.score ||
    a.index - b.index
  );
}

/** Builds the search for `entries`. Call once per page. */
export function createGuideSearch(entries: readonly GuideEntry[]): GuideSearch {
  let index: SearchIndex | undefined;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hotlineList = entries.filter((e) => e.hotlineRank !== undefined).sort((a, b) => (a.hotlineRank ?? 0) - (b.hotlineRank ?? 0));

  return {
    search(query, { kind = null, limit = 50 } = {}) {
      const words = [...new Set(searchTerms(query.slice(0, MAX_QUERY_LENGTH)))];
      if (words.length === 0) return [];
      const idx = (index ??= buildSearchIndex(entries));
      const totals = new Map<number, { matched: number; score: number }>();
      for (const word of words) {
        const { hits, idf } = idx.lookup(word);
        for (const [i, strength] of hits) {
          const t = totals.get(i) ?? { matched: 0, score: 0 };
          t.matched += 1;
          t.score += strength * idf;
          totals.set(i, t);
        }
      }
      const ranked: Ranked[] = [];
      for (const [i, t] of totals) {
        const entry = entries[i] as GuideEntry;
        if (kind && entry.kind !== kind) continue;
        ranked.push({ entry, index: i, tier: nameTier(entry, words), coverage: t.matched / words.length, score: t.score });
      }
      return ranked
        .sort(compareRanked)
        .slice(0, limit)
        .map((r) => r.entry);
    },
    byKind: (kind) => entries.filter((e) => e.kind === kind),
    hotlines: () => hotlineList,
    get: (id) => byId.get(id),
    warm() {
      index ??= buildSearchIndex(entries);
    },
  };
}
