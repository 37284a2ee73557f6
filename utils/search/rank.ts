import type { EntryKind, GuideEntry } from '@/content';
import type { CrisisSignal } from './lexicon';
import { stem, words } from './text';

/** One entry a query reached, before ranking. */
export interface Match {
  entry: GuideEntry;
  /** Position in the guide: the last tie-break. */
  index: number;
  /** How many of the query's units (phrases and words) reached it. */
  matched: number;
  units: number;
  /** Field-weighted, rarity-weighted strength of those matches. */
  score: number;
}

export interface RankContext {
  /** Every word of the query, stopwords included. */
  queryWords: readonly string[];
  /** Stems of the words that carry meaning (not stopwords). */
  contentWords: readonly string[];
  /** Those words as typed, one for each stem (a service is named by its words, not by their stems). */
  contentSurface?: readonly string[];
  /** True when the last word may still be being typed (it is not part of a known phrase). */
  lastWordUnfinished: boolean;
  /** Kinds the question's wording asks for. */
  favour: ReadonlySet<EntryKind>;
  /** Worded as a lookup: no crisis entry leads by word overlap alone. */
  lookup?: boolean;
  /** The crisis the query's situation describes. */
  crisis?: CrisisSignal;
  crisisEntry: (id: string) => GuideEntry | undefined;
  isStopword: (word: string) => boolean;
}

/**
 * An entry whose title holds the words as typed, over one reached by their stem alone: an
 * even match of "sexualized" goes to "Sexualized behaviors", not to RAINN's "Sexual" (helper-60).
 */
const TYPED_TITLE_BOOST = 1.1;
/** Results weaker than this share of the best one are a tail nobody reads. */
export const RELEVANCE_FLOOR = 0.2;
/** How much a kind the question asks for counts over the others. */
const INTENT_BOOST = 1.5;
/** Glossary words explain; the handout's guidance answers. A term leads when asked for. */
const TERM_PRIOR = 0.6;
/** A crisis entry leads when the query describes its situation, not because words overlap. */
const CRISIS_PRIOR = 0.6;
const PRIORS: Partial<Record<EntryKind, number>> = { term: TERM_PRIOR, crisis: CRISIS_PRIOR };
/**
 * A line no primary source confirms ("not verified") does not win on shared words over one that
 * is: a new user found it second for "she called a guy daddy on the phone". Named, it still leads.
 */
const UNVERIFIED_PRIOR = 0.8;

/**
 * A term asked for by its own name ("strtp", "bottom") is no longer a side note; nor is one
 * whose acronym the query uses among other words ("strtp vs group home"): an acronym names
 * one thing, where a word such as "family" or "track" may mean anything.
 */
function prior(entry: GuideEntry, contentStems: readonly string[]): number {
  if (entry.kind === 'term' && contentStems.length) {
    const { title, acronyms } = titleNames(entry);
    if (contentStems.every((s) => title.has(s)) || contentStems.some((s) => acronyms.has(s))) return 1;
  }
  return PRIORS[entry.kind] ?? 1;
}
/**
 * Words that make a query a situation about a person rather than the name of a service: who it
 * is about, or how she is ("suicidal" shares only its stem with the 988 line's "Suicide").
 */
const PERSON_WORDS = new Set('she he they her him them his their i me my we our youth kid child teen girl boy client suicidal'.split(' '));

const stemsOf = (texts: readonly string[]) => new Set(texts.flatMap((t) => words(t)).map(stem));
/** A name as the query would have to say it: its meaningful words, stemmed, in order. */
const nameKey = (text: string, isStopword: (word: string) => boolean) =>
  words(text)
    .filter((w) => !isStopword(w))
    .map(stem)
    .join(' ');
/** The title's acronyms ("STRTP", "CSE-IT", "LG"), as the query's words would stem them. */
const acronymsOf = (title: string) => stemsOf(title.match(/\b[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*\b/g) ?? []);
/** Per entry, computed once: its title's stems and words, and its own name's words. */
const titleCache = new WeakMap<GuideEntry, { title: Set<string>; titleWords: string[]; acronyms: Set<string>; brand: Set<string> }>();
function titleNames(entry: GuideEntry) {
  let names = titleCache.get(entry);
  if (!names) {
    const title = stemsOf([entry.title]);
    const acronyms = acronymsOf(entry.title);
    names = {
      title,
      titleWords: words(entry.title),
      acronyms,
      // The words that are this line's own name: an acronym, a number, or the name its title
      // starts with ("RAINN", "DCFS", "988", "Childhelp"); never a word of two letters ("LA").
      brand: new Set(
        [...acronyms, ...[...title].filter((s) => /\d/.test(s)), ...words(entry.title).slice(0, 1).map(stem)].filter(
          (s) => s.length > 2 && (acronyms.has(s) || /\d/.test(s) || entry.synonyms.some((n) => stem(n) === s)),
        ),
      ),
    };
    titleCache.set(entry, names);
  }
  return names;
}
/**
 * Per entry, computed once: each of its other names whole, without the stopwords a query drops.
 * Apart from `titleNames`, which needs no stopwords: whichever asked first filled one cache for
 * both, and a caller without the stopwords kept "talk about abuse" from ever being named.
 */
const otherNamesCache = new WeakMap<GuideEntry, Set<string>>();
function otherNames(entry: GuideEntry, isStopword: (word: string) => boolean): Set<string> {
  let names = otherNamesCache.get(entry);
  if (!names) {
    names = new Set([...entry.synonyms, ...entry.tags].map((n) => nameKey(n, isStopword)));
    otherNamesCache.set(entry, names);
  }
  return names;
}

/** True when `stems` are all words of `names`; the last may be unfinished ("saving inno"). */
function allNamed(stems: readonly string[], names: ReadonlySet<string>, lastUnfinished: boolean): boolean {
  const last = stems.length - 1;
  return stems.every((s, i) => names.has(s) || (lastUnfinished && i === last && s.length >= 3 && [...names].some((n) => n.startsWith(s))));
}

/** `word` as typed is `titleWord`, or its plural or singular: "hotlines" says "Hotline". */
const isFormOf = (word: string, titleWord: string) =>
  word === titleWord || word === `${titleWord}s` || word === `${titleWord}es` || titleWord === `${word}s` || titleWord === `${word}es`;

/**
 * Whether the words as typed are the title's own, not only its stems: "sexualized" stems to
 * RAINN's "Sexual" but is a red flag's word, not the line's name (helper-60); a last word
 * still being typed may be the start of one.
 */
function typedAsTitle(surface: readonly string[], titleWords: readonly string[], lastUnfinished: boolean): boolean {
  const last = surface.length - 1;
  return surface.every(
    (w, i) =>
      titleWords.some((t) => isFormOf(w, t)) || (lastUnfinished && i === last && w.length >= 3 && titleWords.some((t) => t.startsWith(w))),
  );
}

/**
 * How directly a query names a service: 2 = every word is a word of its title, 1 = the query
 * is one of its other names, whole ("awol", "report abuse"), 0 = it does not name it. "rainn"
 * or "runaway safe" put that line first; "talk" does not name Childhelp because one of its
 * names is "talk about abuse"; "the life" never reaches the Lifeline, because a prefix counts
 * only for a last word still being typed.
 */
export function nameTier(
  entry: GuideEntry,
  contentStems: readonly string[],
  lastUnfinished: boolean,
  isStopword: (word: string) => boolean,
  surface?: readonly string[],
): number {
  if (entry.kind !== 'resource' || contentStems.length === 0) return 0;
  const names = titleNames(entry);
  const typed = !surface || surface.length !== contentStems.length || typedAsTitle(surface, names.titleWords, lastUnfinished);
  if (typed && allNamed(contentStems, names.title, lastUnfinished)) return 2;
  return otherNames(entry, isStopword).has(contentStems.join(' ')) ? 1 : 0;
}

/** Whether the query says `entry`'s own name (its brand) among its other words. */
const namesLineAmongOthers = (entry: GuideEntry, contentStems: readonly string[], isStopword: (word: string) => boolean) =>
  entry.kind === 'resource' && contentStems.some((s) => !isStopword(s) && titleNames(entry).brand.has(s));
/** Under a line the query names whole (its tiers 1 and 2): such a line never takes a crisis's first place. */
const NAMED_AMONG_OTHERS = 0.5;

/**
 * A question for a number that names its line among other words ("childhelp number for the
 * poster in the group home hallway") lifts that line over what the other words reach, but not
 * over the crisis entry those words put first (unless the query is only a lookup): that one is
 * lifted with it, and stays first.
 */
function liftNamedLines(ranked: Ranked[], context: RankContext, lookupOnly: boolean | undefined): void {
  const lines = ranked.filter((r) => r.tier === 0 && namesLineAmongOthers(r.match.entry, context.contentWords, context.isStopword));
  if (!lines.length) return;
  const strongest = Math.max(...lines.map((r) => r.value));
  const first = ranked.reduce<Ranked | undefined>((best, r) => (r.tier === 0 && (!best || r.value > best.value) ? r : best), undefined);
  for (const r of lines) r.tier = NAMED_AMONG_OTHERS;
  if (!lookupOnly && first?.match.entry.kind === 'crisis' && first.value > strongest) first.tier = NAMED_AMONG_OTHERS;
}

interface Ranked {
  match: Match;
  tier: number;
  value: number;
}

/**
 * Best first. Of two equal matches, the one with a search word that is the query's words
 * exactly ("padrote") before one holding them in a phrase ("novio padrote"): looked up only on
 * a tie, not for every match at each keystroke.
 */
function compare(a: Ranked, b: Ranked, words: string): number {
  return (
    b.tier - a.tier ||
    (a.tier === 2 ? (a.match.entry.hotlineRank ?? 99) - (b.match.entry.hotlineRank ?? 99) : 0) ||
    b.value - a.value ||
    Number(namedExactly(b.match.entry, words)) - Number(namedExactly(a.match.entry, words)) ||
    a.match.index - b.match.index
  );
}

/** True when `words` ("padrote") are one of the entry's search words as a whole, in either language. */
function namedExactly(entry: GuideEntry, words: string): boolean {
  return !!words && (entry.synonyms.includes(words) || !!entry.es?.synonyms.includes(words) || !!entry.esWords?.includes(words));
}

/** The line a crisis entry's steps send the reader to first ("988" for the suicide steps), by id. */
export const crisisLineId = (crisis: GuideEntry | undefined): string | undefined => crisis?.lines?.find((l) => l.entryId)?.entryId;

/** `results` with the first entry that is not a crisis entry moved to the top (when there is one). */
function afterFirstOther(results: GuideEntry[]): GuideEntry[] {
  const other = results.findIndex((e) => e.kind !== 'crisis');
  return other > 0 ? [results[other] as GuideEntry, ...results.filter((_, i) => i !== other)] : results;
}

/**
 * Orders matches: a crisis the query describes first; then a service the query names;
 * then by strength, scaled by how much of the query each entry covers and by what the
 * question asks for. The weak tail under the relevance floor is cut.
 */
export function rankMatches(matches: readonly Match[], context: RankContext): GuideEntry[] {
  // A question that asks for something else ("what is csec") does not name a service.
  const namesCount = context.favour.size === 0 || context.favour.has('resource');
  // A lookup ("nothing urgent right now") with no crisis in it: a crisis entry's words alone
  // must not push the answers under the relevance floor.
  const lookupOnly = context.lookup && !context.crisis;
  const words = context.contentSurface?.join(' ') ?? '';
  const ranked: Ranked[] = matches.map((match) => {
    const coverage = match.matched / Math.max(1, match.units);
    const boost =
      (context.favour.has(match.entry.kind) ? INTENT_BOOST : prior(match.entry, context.contentWords)) *
      (match.entry.verified === false ? UNVERIFIED_PRIOR : 1) *
      (lookupOnly && match.entry.kind === 'crisis' ? CRISIS_PRIOR : 1);
    const typed = context.contentSurface?.length ? typedAsTitle(context.contentSurface, titleNames(match.entry).titleWords, false) : false;
    return {
      match,
      tier: namesCount
        ? nameTier(match.entry, context.contentWords, context.lastWordUnfinished, context.isStopword, context.contentSurface)
        : 0,
      value: match.score * coverage * coverage * boost * (typed ? TYPED_TITLE_BOOST : 1),
    };
  });
  if (namesCount && context.favour.has('resource')) liftNamedLines(ranked, context, lookupOnly);
  const best = Math.max(0, ...ranked.map((r) => r.value));
  const kept = ranked.filter((r) => r.tier > 0 || r.value >= best * RELEVANCE_FLOOR).sort((a, b) => compare(a, b, words));
  const results = kept.map((r) => r.match.entry);
  const crisis = context.crisis && context.crisisEntry(context.crisis.entryId);
  // A question that asks for something else ("what to say when she comes back") is not
  // answered by a crisis entry first unless its situation calls for one.
  const asksElse = (context.favour.size > 0 && !context.favour.has('crisis')) || context.lookup;
  if (!crisis) return asksElse ? afterFirstOther(results) : results;
  // A bare keyword that names a service ("suicide", "report abuse") may keep that service
  // first, with the steps right after it. A sentence ("how to report", "she ran away") puts
  // the steps first, and so does danger now, whatever words it comes in.
  const keyword = context.queryWords.every((w) => !context.isStopword(w) && !PERSON_WORDS.has(w));
  const lead = context.crisis?.serviceMayLead;
  const tier = kept[0]?.tier ?? 0;
  const namedFirst = keyword && ((lead === 'title' && tier === 2) || (lead === 'name' && tier >= 1)) ? 1 : 0;
  // The line its steps send the reader to ("988" after the suicide steps) comes right after
  // them, above any other line ("how do I report": the DCFS hotline before the trafficking one).
  const lineId = crisisLineId(crisis);
  const rest = results.filter((e) => e.id !== crisis.id);
  const line = lineId && !rest.slice(0, namedFirst).some((e) => e.id === lineId) ? context.crisisEntry(lineId) : undefined;
  const others = rest.filter((e) => e.id !== line?.id);
  return [...others.slice(0, namedFirst), crisis, ...(line ? [line] : []), ...others.slice(namedFirst)];
}

/** Where a crisis entry goes for a query that only names its topic: third, under what the word looks for. */
export const TOPIC_PLACE = 2;

/**
 * `results` with `crisis` among the first three: left where it is when it already is, else put
 * third. "missing" or "awol" alone may look for a hotline or a term, but the steps for a youth
 * who is gone must be in sight (helper-62 found them 10th–14th). `lead`, when given, goes
 * first: "abuse" alone looks for the line reports go to, not a line that says it is not one.
 */
export function withTopicCrisis(results: readonly GuideEntry[], crisis: GuideEntry, lead?: GuideEntry): GuideEntry[] {
  if (lead && lead.id !== crisis.id) return withTopicCrisis([lead, ...results.filter((e) => e.id !== lead.id)], crisis);
  const at = results.findIndex((e) => e.id === crisis.id);
  if (at >= 0 && at <= TOPIC_PLACE) return [...results];
  const rest = results.filter((e) => e.id !== crisis.id);
  return [...rest.slice(0, TOPIC_PLACE), crisis, ...rest.slice(TOPIC_PLACE)];
}
