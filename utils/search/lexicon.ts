/**
 * The search's knowledge of language, as data (content/lexicon): stopwords, words that mean
 * the same, what a question asks for, and the situations that can't wait. It ships inside the
 * guide's data chunk (virtual:guide-data, utils/guide-data.ts), not as script, and is compiled once here.
 */
import type { EntryKind } from '@/content/schema';
import { piecedPattern } from './pieced-pattern';

export interface CrisisSignalData {
  /** The crisis entry that goes first. */
  entryId: string;
  /** Regular expressions over the query's words, joined by single spaces and padded with spaces. */
  patterns: readonly string[];
  /** A query that also matches this is not the situation after all. */
  unless?: string;
  /**
   * When a bare keyword names a service ("suicide", "report abuse"), that service may stay
   * first, with the steps right after it: 'title' when the words are its title, 'name' when
   * they are any of its names (the hotline is itself the first step), 'never' for danger now.
   */
  serviceMayLead: 'title' | 'name' | 'never';
  /** Cannot wait, whatever else a long message is about: heard in any one part of it (signals.ts). */
  urgent?: true;
  /**
   * Words that name the crisis's topic without saying it is happening ("missing", "AWOL",
   * "abuse"). A query of nothing else lists the crisis entry third: in sight, never a false
   * alarm in first place, and under the service or term the word may be looking for.
   */
  topics?: readonly string[];
  /** For a topic alone: the entry to put first ("abuse" → the line reports go to, whatever else the word reached). */
  topicLead?: string;
}

export interface IntentRuleData {
  /** What the rule is for, in words (shown in test names). */
  name: string;
  pattern: string;
  /** Kinds of entries the question asks for, the likeliest first. */
  favour: readonly EntryKind[];
  /** Words (space-separated) that only say what is asked for; a query of nothing else lists the first kind. */
  asks?: string;
  /** A lookup, whatever else the query asks: no crisis entry leads unless a crisis signal says so. */
  lookup?: boolean;
}

export interface LexiconData {
  stopwords: readonly string[];
  /** Words that make a query Spanish, and words that are small words only in a Spanish query. */
  spanish: { markers: readonly string[]; smallWords: readonly string[] };
  /** Words that only say who a query is about ("joven"). */
  personWords: readonly string[];
  /** Words for the youth ("youth", "teen"): not the topic when nothing else is asked about. */
  youthWords: readonly string[];
  /** Groups of words that mean the same here, each a space-separated list. */
  related: readonly string[];
  intents: readonly IntentRuleData[];
  crisis: readonly CrisisSignalData[];
  /** Everyday words one letter from a signal's word, read as typed ("queda" is not "quema"). */
  spelledRight?: readonly string[];
  /** Text-speak the signals read as the word it stands for ("sleeps w a guy"). */
  shorthand?: Readonly<Record<string, string>>;
  /** What dictation writes for a word, by the words written ("went a wall" → "went awol"). */
  dictated?: Readonly<Record<string, string>>;
  /** Where a query gives a partner's age as an adult's ("hes 24"), and the word that means it in each language. */
  adultAge?: { pattern: string; en: string; es: string };
}

export interface CrisisSignal extends Omit<CrisisSignalData, 'patterns' | 'unless' | 'topics'> {
  pattern: RegExp;
  unless?: RegExp;
  /** The whole query is one of the topics (`topics`), padded with spaces like `pattern`. */
  topic?: RegExp;
}

export interface IntentRule extends Omit<IntentRuleData, 'pattern' | 'asks'> {
  pattern: RegExp;
  asks?: ReadonlySet<string>;
}

/** The lexicon, ready to use. */
export interface Lexicon {
  isStopword(word: string): boolean;
  /** The stopwords of one query: "la" is Los Angeles in English, an article in Spanish. */
  stopwordsOf(queryWords: readonly string[]): (word: string) => boolean;
  /** True when a small word only Spanish has ("de", "que", "para") says the query is Spanish. */
  readsAsSpanish(queryWords: readonly string[]): boolean;
  /** True for a word that only says who a query is about ("joven"). */
  isPersonWord(word: string): boolean;
  /** True for a word for the youth ("youth", "teen"). */
  isYouthWord(word: string): boolean;
  /** The other words of `word`'s groups ("scared" → "afraid", "fear", …). */
  related(word: string): readonly string[];
  intents: readonly IntentRule[];
  crisis: readonly CrisisSignal[];
  /** The words the crisis signals are written with (typos are read toward them), and words read as typed. */
  signalWords: ReadonlySet<string>;
  /** Text-speak, by the word it stands for. */
  shorthand: ReadonlyMap<string, string>;
  /** A query's words with dictation's renderings read as the words meant ("sue side" → "suicide"). */
  undictate(words: string[]): string[];
  /** The word a partner's adult age stands for ("hes 24" → "older"), or undefined when none is given. */
  adultAgeWord(words: readonly string[], spanish: boolean): string | undefined;
}

export function compileLexicon(data: LexiconData): Lexicon {
  const stop = new Set(data.stopwords);
  const spanishMarkers = new Set(data.spanish.markers);
  const spanishStop = new Set([...data.stopwords, ...data.spanish.smallWords]);
  const person = new Set(data.personWords);
  const youth = new Set(data.youthWords);
  const related = new Map<string, string[]>();
  for (const group of data.related) {
    const members = group.split(' ');
    for (const w of members) related.set(w, [...(related.get(w) ?? []), ...members.filter((m) => m !== w)]);
  }
  const crisis = data.crisis.map(({ patterns, unless, topics, ...rest }) => ({
    ...rest,
    pattern: piecedPattern(patterns.join('|')),
    ...(unless && { unless: piecedPattern(unless) }),
    ...(topics?.length && { topic: new RegExp(`^ (${topics.join('|')}) $`) }),
  }));
  const readsAsSpanish = (words: readonly string[]) => words.some((w) => spanishMarkers.has(w));
  return {
    isStopword: (w) => stop.has(w),
    stopwordsOf: (words) => (readsAsSpanish(words) ? (w) => spanishStop.has(w) : (w) => stop.has(w)),
    readsAsSpanish,
    isPersonWord: (w) => person.has(w),
    isYouthWord: (w) => youth.has(w),
    related: (w) => related.get(w) ?? [],
    intents: data.intents.map(({ pattern, asks, ...rest }) => ({
      ...rest,
      pattern: new RegExp(pattern),
      ...(asks && { asks: new Set(asks.split(' ')) }),
    })),
    crisis,
    signalWords: new Set([
      ...data.crisis.flatMap((s) => s.patterns.join(' ').match(/[a-z\u00e0-\u00ff]{5,}/g) ?? []).filter((w) => !w.endsWith('self')),
      ...(data.spelledRight ?? []),
    ]),
    shorthand: new Map(Object.entries(data.shorthand ?? {})),
    undictate: undictator(data.dictated ?? {}),
    adultAgeWord: adultAgeReader(data.adultAge),
  };
}

function adultAgeReader(adultAge: LexiconData['adultAge']): Lexicon['adultAgeWord'] {
  if (!adultAge) return () => undefined;
  const pattern = new RegExp(adultAge.pattern);
  return (words, spanish) => (pattern.test(` ${words.join(' ')} `) ? (spanish ? adultAge.es : adultAge.en) : undefined);
}

/** One pass over the words for every rendering: whole words only ("polar is", never "bipolar is"). */
function undictator(dictated: Readonly<Record<string, string>>): Lexicon['undictate'] {
  const written = Object.keys(dictated);
  if (!written.length) return (words) => words;
  const pattern = new RegExp(`(?<= )(${written.sort((a, b) => b.length - a.length).join('|')})(?= )`, 'g');
  return (words) => {
    const padded = ` ${words.join(' ')} `;
    const read = padded.replace(pattern, (w) => dictated[w]!);
    return read === padded ? words : read.trim().split(' ');
  };
}
