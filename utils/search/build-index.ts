import Fuse from 'fuse.js/basic';
import type { GuideEntry } from '@/content';
import { contentWords, phraseKey, stem, words } from './text';

/** How much a word counts, by the field it is in. */
export const FIELD_WEIGHTS = { title: 3, synonyms: 2, tags: 1.5, body: 1, numbers: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** Entry index → best field weight (or match strength) there. */
export type Hits = Map<number, number>;

/** An inverted index over the guide, its multi-word phrases, and fuzzy lookup of its vocabulary. */
export interface SearchIndex {
  /** For one query word: entry index → weighted match strength, and the word's rarity (idf). */
  lookup(word: string): { hits: Hits; idf: number };
  /** Entries that list this phrase key (see `phraseKey`) as a synonym, title or tag. */
  phrase(key: string): Hits | undefined;
  /** The longest phrase the index knows, in words: queries are scanned up to this length. */
  readonly longestPhrase: number;
  /** Words of the guide spelled like `word`, as they are written, nearest first. */
  similarWords(word: string, limit: number): string[];
}

/** Everything an entry says that a search should find, by field; future text fields go to `body`. */
function fieldTexts(entry: GuideEntry): Record<Field, string> {
  const c = entry.contact;
  const numbers = c
    ? [...(c.phones ?? []).flatMap((p) => [p.number, p.letters ?? '', p.number.replace(/\D/g, '')]), c.text?.number ?? '', c.tty ?? '']
    : [];
  const extra = entry as unknown as Record<string, unknown>;
  const more = ['steps', 'meaning', 'why', 'note'].flatMap((k) => (Array.isArray(extra[k]) ? extra[k] : [extra[k]]));
  return {
    title: entry.title,
    synonyms: entry.synonyms.join(' · '),
    tags: entry.tags.join(' · '),
    body: [entry.body, ...more.filter((t): t is string => typeof t === 'string')].join(' '),
    numbers: numbers.join(' '),
  };
}

function addHit(map: Map<string, Hits>, key: string, index: number, weight: number): void {
  const hits = map.get(key) ?? new Map<number, number>();
  hits.set(index, Math.max(hits.get(index) ?? 0, weight));
  map.set(key, hits);
}

/** Index of the first item of the sorted `list` that is ≥ `word`. */
function lowerBound(list: readonly string[], word: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the index once per guide. Typo tolerance comes from fuse.js, run over the guide's
 * vocabulary (a few thousand short words) rather than over every entry's full text: the
 * benchmark showed full-text Fuse at ~50 ms a keystroke for a 10× guide, this at ~1 ms.
 */
export function buildSearchIndex(entries: readonly GuideEntry[]): SearchIndex {
  const postings = new Map<string, Hits>();
  const phrases = new Map<string, Hits>();
  /** A stem → the first way the guide writes it (titles and synonyms come first). */
  const spelling = new Map<string, string>();
  let longestPhrase = 1;
  entries.forEach((entry, index) => {
    const texts = fieldTexts(entry);
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      for (const word of contentWords(texts[field])) {
        const term = stem(word);
        addHit(postings, term, index, FIELD_WEIGHTS[field]);
        if (!spelling.has(term) && field !== 'numbers') spelling.set(term, word);
      }
    }
    const named: [string, number][] = [
      [entry.title, FIELD_WEIGHTS.title],
      ...entry.synonyms.map((s): [string, number] => [s, FIELD_WEIGHTS.synonyms]),
      ...entry.tags.map((t): [string, number] => [t, FIELD_WEIGHTS.tags]),
    ];
    for (const [text, weight] of named) {
      const phraseWords = words(text);
      if (phraseWords.length < 2 || phraseWords.length > 6) continue;
      addHit(phrases, phraseKey(phraseWords), index, weight);
      longestPhrase = Math.max(longestPhrase, phraseWords.length);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  const fuzzy = new Fuse(vocabulary, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  const cache = new Map<string, Map<string, number>>();

  /** Terms of the index a query stem reaches, with how well (0–1]: itself, words it starts, typos. */
  function matchTerms(term: string): Map<string, number> {
    const cached = cache.get(term);
    if (cached) return cached;
    const matches = new Map<string, number>();
    for (let i = lowerBound(vocabulary, term); i < vocabulary.length && (vocabulary[i] as string).startsWith(term); i++) {
      const found = vocabulary[i] as string;
      matches.set(found, found === term ? 1 : 0.6 + 0.3 * (term.length / found.length));
    }
    // Typos: "hotlne" → "hotline". Short words fuzz too much to be useful.
    if (term.length >= 4) {
      for (const r of fuzzy.search(term)) {
        const quality = 0.8 * (1 - (r.score ?? 1));
        if (quality > (matches.get(r.item) ?? 0)) matches.set(r.item, quality);
      }
    }
    if (cache.size > 500) cache.clear();
    cache.set(term, matches);
    return matches;
  }

  return {
    lookup(word) {
      const hits: Hits = new Map();
      for (const [term, quality] of matchTerms(stem(word))) {
        for (const [index, weight] of postings.get(term) ?? []) {
          const strength = quality * weight;
          if (strength > (hits.get(index) ?? 0)) hits.set(index, strength);
        }
      }
      const idf = Math.log(1 + (entries.length - hits.size + 0.5) / (hits.size + 0.5));
      return { hits, idf };
    },
    phrase: (key) => phrases.get(key),
    longestPhrase,
    similarWords(word, limit) {
      if (word.length < 3) return [];
      return fuzzy
        .search(stem(word), { limit })
        .map((r) => spelling.get(r.item) ?? r.item)
        .filter((w, i, all) => all.indexOf(w) === i);
    },
  };
}
