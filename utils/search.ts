import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntryKind, GuideEntry } from '@/content';

/** Long pastes are cut here: no advocate types more, and Fuse's cost grows with the pattern. */
export const MAX_QUERY_LENGTH = 80;

export interface SearchOptions {
  /** Only entries of this kind. */
  kind?: EntryKind | null;
  /** At most this many results (default 50). */
  limit?: number;
}

/** Search over one guide, with its index built once. */
export interface GuideSearch {
  /** Entries matching `query`, best first; ties keep the guide's order. Empty query → []. */
  search(query: string, options?: SearchOptions): GuideEntry[];
  /** All entries of a kind, in guide order (what a chip shows before anything is typed). */
  byKind(kind: EntryKind): GuideEntry[];
  /** The hotlines shown on the empty query, in their rank order. */
  hotlines(): GuideEntry[];
  /** The entry with this id, if any. */
  get(id: string): GuideEntry | undefined;
}

const FUSE_OPTIONS: IFuseOptions<GuideEntry> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'synonyms', weight: 2 },
    { name: 'tags', weight: 1.5 },
    { name: 'body', weight: 1 },
    // Lets "7888" or "233733" find the line they belong to.
    { name: 'numbers', weight: 1, getFn: (e) => contactNumbers(e) },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  useTokenSearch: true,
};

function contactNumbers(entry: GuideEntry): string[] {
  const c = entry.contact;
  if (!c) return [];
  return [...(c.phones ?? []).flatMap((p) => [p.number, p.letters ?? '']), c.text?.number ?? '', c.tty ?? ''].filter(Boolean);
}

/** Lower-cased words of a query, with punctuation (and regex metacharacters) as separators. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Plural and singular match alike: "flags" finds "flag", "hotlines" finds "hotline". */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
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

/** Builds the search for `entries`. Call once per page: the Fuse index is built here. */
export function createGuideSearch(entries: readonly GuideEntry[]): GuideSearch {
  const fuse = new Fuse(entries as GuideEntry[], FUSE_OPTIONS);
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hotlineList = entries
    .filter((e) => e.hotlineRank !== undefined)
    .sort((a, b) => (a.hotlineRank ?? 0) - (b.hotlineRank ?? 0));

  return {
    search(query, { kind = null, limit = 50 } = {}) {
      const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
      const words = queryWords(trimmed);
      if (words.length === 0) return [];
      const ranked = fuse
        .search(words.join(' '))
        .filter((r) => !kind || r.item.kind === kind)
        .map((r) => ({
          entry: r.item,
          tier: nameTier(r.item, words),
          score: r.score ?? 1,
          order: order.get(r.item.id) ?? 0,
        }));
      // Named services first, hotlines in their usual order; then Fuse's score; then guide order.
      ranked.sort(
        (a, b) =>
          b.tier - a.tier ||
          (a.tier === 3 ? (a.entry.hotlineRank ?? 99) - (b.entry.hotlineRank ?? 99) : 0) ||
          a.score - b.score ||
          a.order - b.order,
      );
      return ranked.slice(0, limit).map((r) => r.entry);
    },
    byKind: (kind) => entries.filter((e) => e.kind === kind),
    hotlines: () => hotlineList,
    get: (id) => byId.get(id),
  };
}
