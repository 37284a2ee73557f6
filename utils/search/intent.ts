/**
 * What a question asks for, from how it is asked: "who do I call" wants a number, "what do I
 * say" wants a phrasing, "should I" wants what to do and not do, "what does X mean" wants a
 * definition. A small table, matched against the query's words with stopwords kept.
 */
import type { EntryKind } from '@/content';

export interface IntentRule {
  /** What the rule is for, in words (shown in test names). */
  name: string;
  /** Matched against the query's normalized words joined by single spaces, padded with spaces. */
  pattern: RegExp;
  /** Kinds of entries the question asks for, the likeliest first. */
  favour: readonly EntryKind[];
  /**
   * Words that only say what is asked for ("number", "mean", "signs"): they do not count as
   * the topic. A query made of nothing else lists the first favoured kind.
   */
  asks?: ReadonlySet<string>;
}

const set = (list: string) => new Set(list.split(' '));

export const INTENT_RULES: readonly IntentRule[] = [
  {
    name: 'a number or someone to call',
    pattern:
      / (who|where) (do|should|can|could|would|to) (i |we )?(call|contact|tell|notify|reach|go)| (phone )?numbers? | hotlines? | helplines? | call (someone|somebody|for help)| text line| crisis line| (a |the )?line for /,
    favour: ['resource', 'crisis'],
    asks: set('call number numbers phone hotline hotlines helpline line contact text reach'),
  },
  {
    name: 'words to say',
    pattern:
      / (what|how) (do|should|can|could|would) (i|we) (say|ask|tell|talk|word|phrase|bring|approach|start|respond)| (what|how) to (say|ask|tell|talk|respond)| words to use| talk to (her|him|them|the youth)/,
    favour: ['phrasing'],
    asks: set('say ask tell talk words word phrase use'),
  },
  {
    name: 'what not to do',
    pattern: / (not|never|dont) (to )?do | avoid | mistakes? /,
    favour: ['avoid'],
    asks: set('avoid mistake mistakes'),
  },
  {
    name: 'whether to do something',
    pattern:
      / (should|can|could|may|must) (i|we) | is it (ok|okay|alright|appropriate|allowed|wrong|bad) | am i (allowed|supposed|required)| do i (have|need) to | allowed to /,
    favour: ['action', 'avoid', 'confidentiality'],
  },
  {
    name: 'signs to look for',
    pattern: / (warning|danger|red) (signs?|flags?) | signs (of|that|she|he|they)| how (can|do|would) (i|you) (tell|know) /,
    favour: ['red-flag', 'recruitment'],
    asks: set('warning danger red sign signs flag flags tell know'),
  },
  {
    name: 'what a word means',
    pattern: / (what|whats) (is|are|does|s) | mean | means | meaning | define | definition | stands? for | slang /,
    favour: ['term', 'fact'],
    asks: set('mean means meaning define definition stand stands slang'),
  },
];

/** What a query's wording asks for (nothing, for plain keywords). */
export interface Intent {
  favour: Set<EntryKind>;
  /** Words of the query that only say what is asked for. */
  asks: Set<string>;
  /** The kind to list when the query names no topic at all ("who do I call"). */
  listKind?: EntryKind;
}

export function detectIntent(normalized: string, rules: readonly IntentRule[] = INTENT_RULES): Intent {
  const padded = ` ${normalized} `;
  const intent: Intent = { favour: new Set(), asks: new Set() };
  for (const rule of rules) {
    if (!rule.pattern.test(padded)) continue;
    rule.favour.forEach((k) => intent.favour.add(k));
    rule.asks?.forEach((w) => intent.asks.add(w));
    intent.listKind ??= rule.asks ? rule.favour[0] : undefined;
  }
  return intent;
}
