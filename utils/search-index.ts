import Fuse from 'fuse.js/basic';
import type { GuideEntry } from '@/content';
import { searchTerms, stem } from './search-text';

/** How much a word counts, by the field it is in. */
export const FIELD_WEIGHTS = { title: 3, synonyms: 2, tags: 1.5, body: 1, numbers: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** Where a term occurs: entry index → best field weight there. */
type Postings = Map<number, number>;

/** A term of the index that a query word matched, and how well (0–1]. */
interface TermMatch {
  term: string;
  quality: number;
}

/** An inverted index over the guide plus fuzzy lookup of its vocabulary. */
export interface SearchIndex {
  /** For one query word: entry index → weighted match strength, and the word's rarity (idf). */
  lookup(word: string): { hits: Map<number, number>; idf: number };
}

function fieldTexts(entry: GuideEntry): Record<Field, string> {
  const c = entry.contact;
  const numbers = c
    ? [...(c.phones ?? []).flatMap((p) => [p.number, p.letters ?? '', p.number.replace(/\D/g, '')]), c.text?.number ?? '', c.tty ?? '']
    : [];
  return {
    title: entry.title,
    synonyms: entry.synonyms.join(' '),
    tags: entry.tags.join(' '),
    body: entry.body,
    numbers: numbers.join(' '),
  };
}

/**
 * Builds the index once per guide. Typo tolerance comes from fuse.js, run over the guide's
 * vocabulary (a few thousand short words) rather than over every entry's full text: the
 * benchmark showed full-text Fuse at ~50 ms a keystroke for a 10× guide, this at ~1 ms.
 */
export function buildSearchIndex(entries: readonly GuideEntry[]): SearchIndex {
  const postings = new Map<string, Postings>();
  entries.forEach((entry, index) => {
    const texts = fieldTexts(entry);
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      for (const raw of searchTerms(texts[field])) {
        const term = stem(raw);
        const list = postings.get(term) ?? new Map<number, number>();
        list.set(index, Math.max(list.get(index) ?? 0, FIELD_WEIGHTS[field]));
        postings.set(term, list);
      }
    }
  });
  const vocabulary = [...postings.keys()].sort();
  const fuzzy = new Fuse(vocabulary, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  const cache = new Map<string, TermMatch[]>();

  function matchTerms(word: string): TermMatch[] {
    const cached = cache.get(word);
    if (cached) return cached;
    const matches = new Map<string, number>();
    // Prefixes: "runa" → "runaway". Binary search to the first term ≥ word, then walk.
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((vocabulary[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < vocabulary.length && (vocabulary[i] as string).startsWith(word); i++) {
      const term = vocabulary[i] as string;
      matches.set(term, term === word ? 1 : 0.75 + 0.2 * (word.length / term.length));
    }
    // Typos: "hotlne" → "hotline". Short words fuzz too much to be useful.
    if (word.length >= 4) {
      for (const r of fuzzy.search(word)) {
        const quality = 0.8 * (1 - (r.score ?? 1));
        if (quality > (matches.get(r.item) ?? 0)) matches.set(r.item, quality);
      }
    }
    const result = [...matches].map(([term, quality]) => ({ term, quality }));
    if (cache.size > 500) cache.clear();
    cache.set(word, result);
    return result;
  }

  return {
    lookup(word) {
      const hits = new Map<number, number>();
      for (const { term, quality } of matchTerms(stem(word))) {
        for (const [index, weight] of postings.get(term) ?? []) {
          const strength = quality * weight;
          if (strength > (hits.get(index) ?? 0)) hits.set(index, strength);
        }
      }
      const idf = Math.log(1 + (entries.length - hits.size + 0.5) / (hits.size + 0.5));
      return { hits, idf };
    },
  };
}
