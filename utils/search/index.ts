import type { EntryKind, GuideEntry } from '@/content';
import { buildSearchIndex, type SearchIndex } from './build-index';
import type { Lexicon } from './lexicon';
import type { PiecedPattern } from './pieced-pattern';
import { crisisLineId, rankMatches, withTopicCrisis, type Match } from './rank';
import { detectCrisis, detectIntent, detectTopic, detectUrgentInParts, queryWords } from './signals';
import { phraseKey, phraseToken, stem, words } from './text';

/** How much a word of the same meaning counts against the word typed. */
const RELATED_WEIGHT = 0.7;

export { words as queryWords } from './text';

/** Long pastes are cut here: a situation fits in it, and cost grows with every word. */
export const MAX_QUERY_LENGTH = 160;
/**
 * A pasted text thread is read this far for a situation that can't wait ("…she told me her
 * boyfriend is selling her"), even where its words are no longer matched: one pass of the
 * signals over 20,000 characters takes about 3 ms, so a long email thread is read whole.
 */
export const MAX_SITUATION_LENGTH = 50_000;
/** Searched while idle, so the search's own code is compiled: a question with a typo. */
const WARM_UP_QUERY = 'how do i talk with her about suicde';
/** A query this long may be a message told in parts (signals.ts, detectUrgentInParts). */
const LONG_MESSAGE = 80;

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
  /** True when the query has words, all of them small ("what do I do"), and asks for no list: answered like an empty one. */
  onlySmallWords(query: string): boolean;
  /**
   * The work a first keystroke would otherwise wait for, in small steps to run when the page is
   * idle (utils/idle-steps.ts): the index, then each of the signals' patterns (the engine
   * compiles a pattern on its first use and again, to machine code, on its second: the largest
   * took 85 ms the first time on a 2-core machine, and the first keystroke waited for all of
   * them, ≈ 200 ms), then one search so the search's own code is compiled too.
   */
  warmSteps(): Array<() => void>;
}

/** A query split into what it is matched by: known phrases first, then its remaining words. */
interface ParsedQuery {
  all: string[];
  phrases: string[];
  /** Of those, the ones made only of small words ("a donde fue", "where were you"). */
  smallPhrases: string[];
  /** Words that carry meaning (no stopwords), each once. */
  words: string[];
  /** Of those, the ones outside every matched phrase. */
  free: string[];
  /** Spanish by its small words ("de", "que") or its letters ("í", "ñ"). */
  spanish: boolean;
}

/** Finds the longest known phrases in the query ("the life", "kill herself"), left to right. */
function parseQuery(query: string, index: SearchIndex, lexicon: Lexicon): ParsedQuery {
  const all = queryWords(query.slice(0, MAX_QUERY_LENGTH), lexicon);
  // "la" is Los Angeles in English ("la county") and only an article in Spanish ("para la joven").
  const isStopword = lexicon.stopwordsOf(all);
  const phrases: string[] = [];
  const smallPhrases: string[] = [];
  const free: string[] = [];
  for (let i = 0; i < all.length;) {
    let taken = 0;
    for (let n = Math.min(index.longestPhrase, all.length - i); n >= 2 && !taken; n--) {
      const key = phraseKey(all.slice(i, i + n));
      if (index.phrase(key)) {
        phrases.push(key);
        if (all.slice(i, i + n).every(isStopword)) smallPhrases.push(key);
        taken = n;
      }
    }
    if (taken) i += taken;
    else free.push(all[i++] as string);
  }
  const meaningful = (list: string[]) => [...new Set(list.filter((w) => !isStopword(w)))];
  // Spanish by its small words, or by a letter only Spanish writes ("pareja íntima").
  const spanish = lexicon.readsAsSpanish(all) || /[áéíóúüñ¿¡]/iu.test(query);
  // "hes 24 and treats her like a queen": the age says what the red flag's word does ("older").
  // The number itself is dropped: "24" would find the hotlines open "24/7".
  const age = lexicon.adultAgeWord(all, spanish);
  const aged = (list: string[]) => (age ? [...list.filter((w) => !/^\d\d$/.test(w)), age] : list);
  return { all, phrases, smallPhrases, words: meaningful(aged(all)), free: meaningful(aged(free)), spanish };
}

/** Builds the search for `entries`, with the language knowledge of `lexicon`. Call once per page. */
export function createGuideSearch(entries: readonly GuideEntry[], lexicon: Lexicon): GuideSearch {
  let built: SearchIndex | undefined;
  const index = () => (built ??= buildSearchIndex(entries, lexicon.isStopword));
  const parse = (query: string) => parseQuery(query, index(), lexicon);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const hotlineList = entries.filter((e) => e.hotlineRank !== undefined).sort((a, b) => (a.hotlineRank ?? 0) - (b.hotlineRank ?? 0));

  function matches(parsed: ParsedQuery, topic: readonly string[]): Match[] {
    const idx = index();
    const found = new Map<number, Match>();
    const add = (i: number, strength: number, counts: number) => {
      const m = found.get(i) ?? {
        entry: entries[i] as GuideEntry,
        index: i,
        matched: 0,
        score: 0,
        units: topic.length + parsed.smallPhrases.length,
      };
      m.matched += counts;
      m.score += strength;
      found.set(i, m);
    };
    for (const key of parsed.phrases) {
      // A phrase is worth more than its words: it is what the advocate meant.
      // A phrase of small words only ("a donde fue", "where were you") is a unit of its own:
      // no word of it is counted otherwise. A phrase with words is covered through them.
      for (const [i, weight] of idx.phrase(key) ?? []) add(i, weight * 4, parsed.smallPhrases.includes(key) ? 1 : 0);
    }
    for (const word of topic) {
      // The word itself, or a word of the same meaning ("scared" → "fear") at 70%; a short one
      // only whole, as nobody typed it half ("police" → "cop" must not reach "coping").
      const unit = new Map<number, number>();
      const take = (w: string, weight: number, exact = false) => {
        const { hits, idf } = idx.lookup(w, parsed.spanish, exact);
        for (const [i, strength] of hits) unit.set(i, Math.max(unit.get(i) ?? 0, strength * idf * weight));
      };
      take(word, 1);
      for (const related of lexicon.related(word)) take(related, RELATED_WEIGHT, related.length < 4);
      for (const [i, strength] of unit) add(i, strength, 1);
    }
    return [...found.values()];
  }

  /**
   * Whether a phrase of the query names a topic. One made of words that only say what is asked
   * ("explotación sexual" in "señales de alerta de explotación sexual") does not. Asked only of a
   * query with no other topic and a list to show, so no keystroke stems the words otherwise.
   */
  function namesTopic(phrases: readonly string[], asks: ReadonlySet<string>): boolean {
    const asked = new Set([...asks].map(phraseToken));
    return phrases.some((key) => !key.split(' ').every((token) => asked.has(token) || lexicon.isStopword(token)));
  }

  /** What a query that names no topic asks for: "who do I call" lists the hotlines. */
  function listOf(kind: EntryKind): GuideEntry[] {
    return kind === 'resource' ? hotlineList : entries.filter((e) => e.kind === kind);
  }

  const guideSearch: GuideSearch = {
    search(query, { kind = null, limit = 50 } = {}) {
      const parsed = parse(query);
      const normalized = parsed.all.join(' ');
      const intent = detectIntent(normalized, lexicon);
      const crisis =
        detectCrisis(query.length > MAX_QUERY_LENGTH ? queryWords(query.slice(0, MAX_SITUATION_LENGTH), lexicon) : parsed.all, lexicon) ??
        (query.length > LONG_MESSAGE ? detectUrgentInParts(query.slice(0, MAX_SITUATION_LENGTH), lexicon) : undefined);
      // Only small words: nothing to match, unless they ask for a list ("what should I not do")
      // or tell a situation in small words alone ("qué hago si se va": the missing-youth steps).
      if (!parsed.words.length && !parsed.phrases.length && !intent.listKind) {
        const steps = crisis && byId.get(crisis.entryId);
        const line = crisisLineId(steps);
        return [steps, line && byId.get(line)].filter((e): e is GuideEntry => !!e);
      }
      // Words that only say what is asked for ("number", "mean", "signs") are not the topic.
      const asked = parsed.words.filter((w) => !intent.asks.has(w));
      // Who it is about ("la joven") is not the topic when the query names one ("terapia").
      const named = asked.filter((w) => !lexicon.isPersonWord(w));
      const askedAbout = named.length ? named : asked;
      // A question that names only the youth ("signs a youth is being sold") asks what it asks of
      // "she": the youth is not its topic, and its other words are what it is matched on.
      const onlyYouth = intent.favour.size > 0 && askedAbout.length > 0 && askedAbout.every(lexicon.isYouthWord);
      const topic = onlyYouth ? [] : askedAbout;
      const matched = onlyYouth ? parsed.words.filter((w) => !lexicon.isYouthWord(w)) : parsed.words;
      /** What the results are matched and ranked on. */
      const about = topic.length ? topic : matched;
      const listed = !topic.length && intent.listKind && !namesTopic(parsed.phrases, intent.asks) ? listOf(intent.listKind) : undefined;
      const ranked = listed
        ? [...(crisis ? [byId.get(crisis.entryId)].filter((e): e is GuideEntry => !!e) : []), ...listed]
        : rankMatches(matches(parsed, about), {
            queryWords: parsed.all,
            contentWords: about.map(stem),
            contentSurface: about,
            lastWordUnfinished: parsed.free.at(-1) === parsed.words.at(-1),
            favour: intent.favour,
            lookup: intent.lookup,
            crisis,
            crisisEntry: (id) => byId.get(id),
            isStopword: lexicon.isStopword,
          });
      const topicOf = !crisis && !listed ? detectTopic(parsed.all, lexicon) : undefined;
      const topicEntry = topicOf && byId.get(topicOf.entryId);
      const lead = topicOf?.topicLead ? byId.get(topicOf.topicLead) : undefined;
      const shown = topicEntry ? withTopicCrisis(ranked, topicEntry, lead) : ranked;
      // A filter never hides what can't wait: the crisis entry a query signals stays first.
      return shown.filter((e) => !kind || e.kind === kind || e.id === crisis?.entryId).slice(0, limit);
    },
    suggest(query) {
      const parsed = parse(query);
      const idx = index();
      return parsed.words
        .filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w) && !idx.knows(w))
        .flatMap((w) =>
          idx
            .similarWords(w, 2)
            .filter((s) => /^\p{L}+$/u.test(s))
            .map((s) => parsed.all.map((x) => (x === w ? s : x)).join(' ')),
        )
        .slice(0, 3);
    },
    byKind: (kind) => entries.filter((e) => e.kind === kind),
    hotlines: () => hotlineList,
    get: (id) => byId.get(id),
    onlySmallWords(query) {
      const all = words(query);
      return (
        all.length > 0 && all.every(lexicon.isStopword) && !detectIntent(all.join(' '), lexicon).listKind && !detectCrisis(all, lexicon)
      );
    },
    warmSteps() {
      // One pattern a step, a large signal's one piece a step (pieced-pattern.ts).
      const patterns = [
        ...lexicon.crisis.flatMap((signal) => [signal.pattern, signal.unless, signal.topic]),
        ...lexicon.intents.map((rule) => rule.pattern),
      ].flatMap((pattern): readonly (RegExp | undefined)[] => (pattern as PiecedPattern | undefined)?.pieces?.() ?? [pattern]);
      return [
        () => void index(),
        // Twice each: compiled on the first run, compiled to machine code on the second.
        ...[...patterns, ...patterns].map((pattern) => () => void pattern?.test(' ')),
        () => void guideSearch.search(WARM_UP_QUERY),
      ];
    },
  };
  return guideSearch;
}
