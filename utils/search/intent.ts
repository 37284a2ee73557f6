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
  favour: readonly EntryKind[];
}

export const INTENT_RULES: readonly IntentRule[] = [
  {
    name: 'a number or someone to call',
    pattern:
      / (who|where) (do|should|can|could|would|to) (i |we )?(call|contact|tell|report|notify|reach|go)| (phone )?numbers? | hotlines? | helplines? | call (someone|somebody|for help)| text line| crisis line| (a |the )?line for /,
    favour: ['resource', 'crisis'],
  },
  {
    name: 'words to say',
    pattern:
      / (what|how) (do|should|can|could|would) (i|we) (say|ask|tell|talk|word|phrase|bring|approach|start|respond)| (what|how) to (say|ask|tell|talk|respond)| words to use| talk to (her|him|them|the youth)/,
    favour: ['phrasing'],
  },
  {
    name: 'whether to do something',
    pattern:
      / (should|can|could|may|must) (i|we) | is it (ok|okay|alright|appropriate|allowed|wrong|bad) | am i (allowed|supposed|required)| do i (have|need) to | allowed to /,
    favour: ['action', 'avoid', 'confidentiality'],
  },
  {
    name: 'what a word means',
    pattern: / (what|whats) (is|are|does|s) | mean | means | meaning | define | definition | stands? for | slang /,
    favour: ['term', 'fact'],
  },
];

/** The kinds a query's wording favours (none for plain keywords). */
export function detectIntent(normalized: string, rules: readonly IntentRule[] = INTENT_RULES): Set<EntryKind> {
  const padded = ` ${normalized} `;
  const kinds = new Set<EntryKind>();
  for (const rule of rules) if (rule.pattern.test(padded)) rule.favour.forEach((k) => kinds.add(k));
  return kinds;
}
