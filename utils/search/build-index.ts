import type { GuideEntry } from '@/content';
import { createFuzzy } from './fuzzy';
import { contentWords, phraseKey, stem, stemSpanish, words } from './text';

/**
 * How much a word counts, by the field it is in. The es* fields hold an entry's Spanish version
 * (content/es), stemmed as Spanish, so "se escapó" finds the missing-youth steps.
 */
export const FIELD_WEIGHTS = {
  title: 3,
  synonyms: 2,
  tags: 1.5,
  body: 1,
  numbers: 1,
  esTitle: 3,
  esSynonyms: 2,
  esBody: 1,
  esWords: 2,
} as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/**
 * BM25's saturation and length normalization, per field: a word said once in a short title
 * counts fully; said once in a long crisis checklist, it counts about half. Without this, the
 * longest entries matched a little of every question.
 */
const K1 = 1.2;
const LENGTH_NORMALIZATION: Record<Field, number> = {
  title: 0,
  synonyms: 0,
  tags: 0,
  body: 0.75,
  numbers: 0,
  esTitle: 0,
  esSynonyms: 0,
  esBody: 0.75,
  esWords: 0,
};
const RUNNING_TEXT: ReadonlySet<Field> = new Set(['body', 'esBody']);
/**
 * Spanish stems live in their own namespace ("es:suicid"), so a Spanish stem of an English
 * query word only meets Spanish text, and the other way round: no noise across languages.
 */
const SPANISH = 'es:';
const spanishTerm = (word: string) => SPANISH + stemSpanish(word);
/**
 * The Spanish search words of an entry not translated yet (`esWords`) have a namespace of their
 * own: only a Spanish query, or a word English does not have here ("regalos", "terapia"), meets
 * them, so "social worker" never finds an entry by its Spanish title's "trabajadora social".
 */
const WORDS_ES = 'ew:';
const stemFor = (field: Field) =>
  field === 'esWords' ? (w: string) => WORDS_ES + stemSpanish(w) : field.startsWith('es') ? spanishTerm : stem;
/** A query word as either language would stem it. */
const termsOf = (word: string) => [stem(word), spanishTerm(word)];

/** Entry index → best field weight (or match strength) there. */
export type Hits = Map<number, number>;

/** An inverted index over the guide, its multi-word phrases, and fuzzy lookup of its vocabulary. */
export interface SearchIndex {
  /**
   * For one query word (of a Spanish query, or not): entry index → weighted match strength, and
   * the word's rarity (idf). Entries with `word`, or a word it starts, or a near spelling.
   * `exact`: the word itself only, for a word of the same meaning that the advocate did not type
   * ("police" → "cop", never "coping"). The answer is kept for the next keystrokes: read it, never change it.
   */
  lookup(word: string, spanishQuery?: boolean, exact?: boolean): { hits: Hits; idf: number };
  /** Entries that list this phrase key (see `phraseKey`) as a synonym, title or tag. */
  phrase(key: string): Hits | undefined;
  /** The longest phrase the index knows, in words: queries are scanned up to this length. */
  readonly longestPhrase: number;
  /** Words of the guide spelled like `word`, as they are written, nearest first. */
  similarWords(word: string, limit: number): string[];
  /** True when the guide has `word`, or a word it starts (not only a look-alike). */
  knows(word: string): boolean;
}

/** The entry's Spanish version as searched: the advocate's reading (a red flag) is searched as its Spanish words instead. */
const versionEs = (entry: GuideEntry) => (entry.es?.indexed === false ? undefined : entry.es);

/** Everything an entry says that a search should find, by field. */
function fieldTexts(entry: GuideEntry): Record<Field, string> {
  const c = entry.contact;
  const phones = c?.phones ?? [];
  // "1-800-RUNAWAY", "1800runaway", "18007862929": a number is found however it is typed.
  const numbers = [
    ...phones.flatMap((p) => [p.number, p.letters ?? '', (p.letters ?? '').replace(/\W/g, ''), p.number.replace(/\D/g, '')]),
  ];
  if (c?.text) numbers.push(c.text.number);
  if (c?.tty) numbers.push(c.tty);
  const body = [entry.body, ...(entry.steps ?? []), entry.meaning, entry.why, entry.note, ...(entry.lines ?? []).map((l) => l.name)];
  const es = versionEs(entry);
  return {
    title: entry.title,
    synonyms: entry.synonyms.join(' · '),
    tags: entry.tags.join(' · '),
    body: body.filter(Boolean).join(' '),
    numbers: numbers.join(' '),
    esTitle: es?.title ?? '',
    esSynonyms: es?.synonyms.join(' · ') ?? '',
    esBody: es ? [es.body, ...(es.steps ?? []), ...(entry.lines ?? []).map((l) => l.es?.name ?? '')].join(' ') : '',
    esWords: entry.esWords?.join(' · ') ?? '',
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

/** Stems of each field of each entry, counted once, so lengths and frequencies are known. */
function analyse(entries: readonly GuideEntry[], isStopword: (word: string) => boolean) {
  const analysed = entries.map((entry) => {
    const texts = fieldTexts(entry);
    return Object.fromEntries(FIELDS.map((f) => [f, texts[f] ? contentWords(texts[f], isStopword) : []])) as Record<Field, string[]>;
  });
  const average = Object.fromEntries(
    FIELDS.map((f) => [f, Math.max(1, analysed.reduce((sum, a) => sum + a[f].length, 0) / Math.max(1, analysed.length))]),
  ) as Record<Field, number>;
  return { analysed, average };
}

/** Phrases an entry is known by: whole synonyms and tags, and every run of 2–4 title words. */
function addPhrases(phrases: Map<string, Hits>, entry: GuideEntry, index: number, isStopword: (word: string) => boolean): number {
  let longest = 1;
  const named: [string, number][] = [
    ...entry.synonyms.map((s): [string, number] => [s, FIELD_WEIGHTS.synonyms]),
    ...(versionEs(entry)?.synonyms ?? []).map((s): [string, number] => [s, FIELD_WEIGHTS.synonyms]),
    ...entry.tags.map((t): [string, number] => [t, FIELD_WEIGHTS.tags]),
  ];
  for (const [text, weight] of named) {
    const phraseWords = words(text);
    if (phraseWords.length < 2 || phraseWords.length > 6) continue;
    addHit(phrases, phraseKey(phraseWords), index, weight);
    longest = Math.max(longest, phraseWords.length);
  }
  // "here to talk" is the phrasing "I am here to talk, if you need me.", not every entry
  // that says "talk".
  for (const title of [entry.title, versionEs(entry)?.title ?? '']) {
    const titleWords = words(title);
    for (let n = 2; n <= Math.min(4, titleWords.length); n++) {
      for (let i = 0; i + n <= titleWords.length; i++) {
        const run = titleWords.slice(i, i + n);
        // A run that ends on a small word ("talks about") names nothing: "she talks about her
        // boyfriend" is not about the suicide steps, whose title "talks about suicide". Nor
        // does one that starts on one: "the trafficker" would take "the trafficking" from
        // "save the trafficking hotline number" (and "with the trafficker" is "trafficker").
        if (isStopword(run[0] as string) || isStopword(run.at(-1) as string)) continue;
        addHit(phrases, phraseKey(run), index, FIELD_WEIGHTS.title);
      }
    }
    longest = Math.max(longest, Math.min(4, titleWords.length));
  }
  return longest;
}

/**
 * Builds the index once per guide. Typo tolerance comes from fuse.js, run over the guide's
 * vocabulary (a few thousand short words) rather than over every entry's full text: the
 * benchmark showed full-text Fuse at ~50 ms a keystroke for a 10× guide, this at ~1 ms.
 */
export function buildSearchIndex(entries: readonly GuideEntry[], isStopword: (word: string) => boolean): SearchIndex {
  const postings = new Map<string, Hits>();
  const phrases = new Map<string, Hits>();
  /** A stem → the first way the guide writes it (titles and synonyms come first). */
  const spelling = new Map<string, string>();
  let longestPhrase = 1;
  const { analysed, average } = analyse(entries, isStopword);
  analysed.forEach((fields, index) => {
    for (const field of FIELDS) {
      const list = fields[field];
      const counts = new Map<string, number>();
      const stemOf = stemFor(field);
      for (const word of list) {
        const term = stemOf(word);
        counts.set(term, (counts.get(term) ?? 0) + 1);
        if (!spelling.has(term) && field !== 'numbers') spelling.set(term, word);
      }
      // Only running text counts repeats; a title or a list of names says a word once or not.
      const b = LENGTH_NORMALIZATION[field];
      const norm = 1 - b + (b * list.length) / average[field];
      for (const [term, count] of counts) {
        const tf = RUNNING_TEXT.has(field) ? count : 1;
        addHit(postings, term, index, (FIELD_WEIGHTS[field] * tf * (K1 + 1)) / (tf + K1 * norm));
      }
    }
    longestPhrase = Math.max(longestPhrase, addPhrases(phrases, entries[index] as GuideEntry, index, isStopword));
  });
  const vocabulary = [...postings.keys()].sort();
  // One fuzzy list per language, without the namespace: "es:" in front of every Spanish term
  // would make any two of them look alike.
  const fuzzy = createFuzzy(vocabulary.filter((t) => !t.startsWith(SPANISH) && !t.startsWith(WORDS_ES)));
  const fuzzySpanish = createFuzzy(vocabulary.filter((t) => t.startsWith(SPANISH)).map((t) => t.slice(SPANISH.length)));

  /**
   * Terms of the index a query stem reaches, with how well (0–1]: itself, words it starts, typos.
   * `known`: the word is the guide's own as typed, so it is no typo in the Spanish text either.
   */
  function matchTerms(term: string, exact = false, known = false): Map<string, number> {
    if (exact) return new Map(postings.has(term) ? [[term, 1]] : []);
    const matches = new Map<string, number>();
    const spanish = term.startsWith(SPANISH);
    const words = term.startsWith(WORDS_ES);
    const bare = spanish || words ? term.slice(SPANISH.length) : term;
    // Words it starts: "runa" → "runaway". A short Spanish stem of an English word ("comes" →
    // "com") would start half the Spanish text, so there only an exact stem counts.
    const prefixes = !(spanish || words) || bare.length >= 5;
    for (let i = lowerBound(vocabulary, term); i < vocabulary.length && (vocabulary[i] as string).startsWith(term); i++) {
      const found = vocabulary[i] as string;
      if (found === term) matches.set(found, 1);
      else if (prefixes) matches.set(found, 0.6 + 0.3 * (term.length / found.length));
    }
    // Typos: "hotlne" → "hotline", only for a word the guide does not have: "cash" must not
    // also find "case". Short words fuzz too much to be useful.
    if (bare.length >= 4 && !matches.has(term) && !words) {
      for (const r of (spanish ? fuzzySpanish : fuzzy).search(bare)) {
        const found = spanish ? SPANISH + r.item : r.item;
        const quality = (spanish && known ? 0.5 : 0.8) * (1 - (r.score ?? 1));
        if (quality > (matches.get(found) ?? 0)) matches.set(found, quality);
      }
    }
    return matches;
  }

  function lookupUncached(word: string, spanishQuery: boolean, exact: boolean): { hits: Hits; idf: number } {
    const hits: Hits = new Map();
    // As English and as Spanish: the index holds both kinds of stems.
    const terms = termsOf(word);
    if (spanishQuery || !postings.has(terms[0] as string)) terms.push(WORDS_ES + stemSpanish(word));
    // A short stem of a longer word is a whole word the advocate typed ("cops" → "cop"): it
    // starts no other ("cope", "coping"). Still being typed ("cop"), it does.
    const whole = (term: string) => term === terms[0] && term.length <= 3 && word.length > term.length;
    // A word the guide has as typed is no Spanish typo: "chulo" (a search word of the
    // trafficker term) must not also reach "child" in the lines' Spanish names.
    const known = postings.has(terms[0] as string);
    for (const term0 of terms) {
      for (const [term, quality] of matchTerms(term0, exact || whole(term0), known)) {
        for (const [index, weight] of postings.get(term) ?? []) {
          const strength = quality * weight;
          if (strength > (hits.get(index) ?? 0)) hits.set(index, strength);
        }
      }
    }
    const idf = Math.log(1 + (entries.length - hits.size + 0.5) / (hits.size + 0.5));
    return { hits, idf };
  }

  const lookups = new Map<string, { hits: Hits; idf: number }>();
  return {
    lookup(word, spanishQuery = false, exact = false) {
      // A word typed stays in the query while the next ones are typed: looked up once.
      const key = `${word}|${spanishQuery}|${exact}`;
      let found = lookups.get(key);
      if (!found) {
        if (lookups.size > 500) lookups.clear();
        lookups.set(key, (found = lookupUncached(word, spanishQuery, exact)));
      }
      return found;
    },
    phrase: (key) => phrases.get(key),
    longestPhrase,
    knows(word) {
      return termsOf(word).some((term) => (vocabulary[lowerBound(vocabulary, term)] ?? '').startsWith(term));
    },
    similarWords(word, limit) {
      if (word.length < 3) return [];
      const typed = stem(word);
      // A misspelling keeps a word's first letter, or is one slip from it ("gotline"): fuse.js
      // alone would offer "advertising" for "qwerty" (found inside "advertis": it matches anywhere).
      const likely = (term: string, score = 1) => term[0] === typed[0] || (Math.abs(term.length - typed.length) <= 1 && score <= 0.2);
      return fuzzy
        .search(typed)
        .filter((r) => likely(r.item, r.score))
        .slice(0, limit)
        .map((r) => spelling.get(r.item) ?? r.item.replace(SPANISH, ''))
        .filter((w, i, all) => all.indexOf(w) === i);
    },
  };
}
