import type { EntryKind, GuideEntry } from '@/content';
import { buildSearchIndex, type SearchIndex } from './build-index';
import { detectCrisis } from './crisis';
import { detectIntent } from './intent';
import { rankMatches, type Match } from './rank';
import { isStopword, phraseKey, stem, words } from './text';

export { words as queryWords } from './text';

/** Long pastes are cut here: a situation fits in it, and cost grows with every word. */
export const MAX_QUERY_LENGTH = 160;

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
  /** Nearby words of the guide for a query that found little ("trafic" → "trafficking"). */
  suggest(query: string): string[];
  /** All entries of a kind, in guide order (what a chip shows before anything is typed). */
  byKind(kind: EntryKind): GuideEntry[];
  /** The hotlines shown on the empty query, in their rank order. */
  hotlines(): GuideEntry[];
  /** The entry with this id, if any. */
  get(id: string): GuideEntry | undefined;
  /** Builds the index now (e.g. when the page is idle) so the first keystroke does not wait. */
  warm(): void;
}

/** A query split into what it is matched by: known phrases first, then its remaining words. */
interface ParsedQuery {
  all: string[];
  phrases: string[];
  /** Words that carry meaning (no stopwords), each once. */
  words: string[];
  /** Of those, the ones outside every matched phrase. */
  free: string[];
}

/** Finds the longest known phrases in the query ("the life", "kill herself"), left to right. */
function parseQuery(query: string, index: SearchIndex): ParsedQuery {
  const all = words(query.slice(0, MAX_QUERY_LENGTH));
  const phrases: string[] = [];
  const free: string[] = [];
  for (let i = 0; i < all.length;) {
    let taken = 0;
    for (let n = Math.min(index.longestPhrase, all.length - i); n >= 2 && !taken; n--) {
      const key = phraseKey(all.slice(i, i + n));
      if (index.phrase(key)) {
        phrases.push(key);
        taken = n;
      }
    }
    if (taken) i += taken;
    else free.push(all[i++] as string);
  }
  const meaningful = (list: string[]) => [...new Set(list.filter((w) => !isStopword(w)))];
  return { all, phrases, words: meaningful(all), free: meaningful(free) };
}

/** Builds the search for `entries`. Call once per page. */
export function createGuideSearch(entries: readonly GuideEntry[]): GuideSearch {
  let built: SearchIndex | undefined;
  const index = () => (built ??= buildSearchIndex(entries));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hotlineList = entries.filter((e) => e.hotlineRank !== undefined).sort((a, b) => (a.hotlineRank ?? 0) - (b.hotlineRank ?? 0));

  function matches(parsed: ParsedQuery): Match[] {
    const idx = index();
    const units = parsed.words.length;
    const found = new Map<number, Match>();
    const add = (i: number, strength: number, counts: number) => {
      const m = found.get(i) ?? { entry: entries[i] as GuideEntry, index: i, matched: 0, score: 0, units };
      m.matched += counts;
      m.score += strength;
      found.set(i, m);
    };
    for (const key of parsed.phrases) {
      // A phrase is worth more than its words: it is what the advocate meant.
      for (const [i, weight] of idx.phrase(key) ?? []) add(i, weight * 4, 0);
    }
    for (const word of parsed.words) {
      const { hits, idf } = idx.lookup(word);
      for (const [i, strength] of hits) add(i, strength * idf, 1);
    }
    return [...found.values()];
  }

  return {
    search(query, { kind = null, limit = 50 } = {}) {
      const parsed = parseQuery(query, index());
      if (!parsed.words.length) return [];
      const normalized = parsed.all.join(' ');
      const ranked = rankMatches(matches(parsed), {
        queryWords: parsed.all,
        contentWords: parsed.words.map(stem),
        lastWordUnfinished: parsed.free.at(-1) === parsed.words.at(-1),
        favour: detectIntent(normalized),
        crisis: detectCrisis(normalized),
        crisisEntry: (id) => byId.get(id),
      });
      return ranked.filter((e) => !kind || e.kind === kind).slice(0, limit);
    },
    suggest(query) {
      const parsed = parseQuery(query, index());
      const idx = index();
      return parsed.words
        .filter((w) => w.length >= 3 && idx.lookup(w).hits.size === 0)
        .flatMap((w) => idx.similarWords(w, 2).map((s) => parsed.all.map((x) => (x === w ? s : x)).join(' ')))
        .slice(0, 3);
    },
    byKind: (kind) => entries.filter((e) => e.kind === kind),
    hotlines: () => hotlineList,
    get: (id) => byId.get(id),
    warm() {
      index();
    },
  };
}
