/**
 * Queries that say it can't wait. When an advocate types a situation — danger now, a youth
 * talking about suicide, a youth who is missing, abuse to report — the crisis entry with the
 * steps goes first, whatever else matches. Patterns describe situations, not topics: "danger
 * signs", "lifeline", "the life", "emergency contacts" or "report for court" raise no alarm.
 */

export interface CrisisSignal {
  /** The crisis entry that goes first. */
  entryId: string;
  /** Matched against the query's normalized words joined by single spaces, padded with spaces. */
  pattern: RegExp;
  /** A query that also matches this is not the situation after all. */
  unless?: RegExp;
  /**
   * When a bare keyword names a service ("suicide", "report abuse"), that service may stay
   * first, with the steps right after it: 'title' when the words are its title, 'name' when
   * they are any of its names (the hotline is itself the first step), 'never' for danger now.
   */
  serviceMayLead: 'title' | 'name' | 'never';
}

/** Who a situation is about. */
const WHO = '(she|he|they|her|him|them|my youth|the youth|youth|kid|child|teen|girl|boy|client|someone|somebody|my kid)';
const SELF = '(herself|himself|themselves|themself|myself|yourself|ourselves)';
const anyOf = (...parts: string[]) => new RegExp(parts.join('|'));

/** In order: the first signal that matches wins. */
export const CRISIS_SIGNALS: readonly CrisisSignal[] = [
  {
    entryId: 'crisis-suicide',
    serviceMayLead: 'title',
    pattern: anyOf(
      ` suicidal`,
      ` (commit|commits|committing|attempted|attempt|attempting|thinking about|thoughts of|thinks about|talking about|talks about|talked about|threatening|threatened|mentions|mentioned) suicide`,
      ` suicide (attempt|risk|note|thoughts|plan)`,
      ` (kill|killing|kills|hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|hang|hanging|end) ${SELF}`,
      ` self ?(harm|harming|injury|injuring|cutting)`,
      ` (wants?|wanted|wanting|going|trying|tried) to (die|be dead|end it|end (her|his|their|my) life)`,
      ` (doesnt|dont|does not|do not|not|no longer|never) want(s)? to (be alive|live|be here|wake up)`,
      ` (end|ending|ends|take|taking|takes) (it all|(her|his|their|my|your) (own )?life)`,
      ` (better off (dead|without))| no reason to live| nothing to live for| not worth living`,
      ` (nobody|no one|noone) would (miss|care about|notice)`,
      ` hopeless`,
      ` (took|taking|swallowed|take) (a bunch of |a lot of |too many |all (her|his|their|my) )?pills`,
      ` overdos`,
      ` (texted|sent|said|wrote|left|posted) (me |us |a )?(goodbye|good bye|note)`,
      ` (goodbye|good bye) (message|text|post|note|letter)`,
    ),
  },
  {
    entryId: 'crisis-danger-now',
    serviceMayLead: 'never',
    pattern: anyOf(
      ` 911 `,
      ` emergency `,
      ` (in|into) (immediate |serious |real )?danger`,
      ` danger (right )?now`,
      ` (not|isnt|is not) safe (right )?now`,
      ` (is|being|getting|was|been) (hurt|beaten|beat up|attacked|assaulted|raped|kidnapped|taken|choked|shot|stabbed|held)( right)? now`,
      ` (is|being|getting|got) (beaten|beat up|attacked|assaulted|kidnapped|choked|shot|stabbed|threatened|jumped)`,
      ` (following|stalking|chasing) (her|him|them|my youth|the youth)`,
      ` (scared|afraid|fear|fears|fearing|fearful) for (her|his|their|my) (life|safety)`,
      ` (trafficker|pimp|exploiter|abuser|her p|his p) (showed up|shows up|is outside|is here|is at|came to|found (her|him|them)|is waiting)`,
      ` (will|gonna|going to) (kill|hurt|shoot|beat|stab) (her|him|them|me)`,
      ` (took|taken|grabbed|snatched) (her|him|them) (away|and|into|in a|to)`,
      ` (has|with|pulled|holding) a (gun|knife|weapon)`,
      ` (threatening|threatened|going|trying) to (kill|hurt|shoot|stab|beat)`,
      ` (not breathing|unconscious|wont wake up|bleeding)`,
      ` (locked in|locked up in|trapped|held against|being held|cant get out|can not get out|cannot get out|wont let (her|him|them|me) (leave|go))`,
      ` right now .*(hurt|hit|attack|danger|follow|beat|threat)`,
      ` (hitting|beating|choking|attacking|hurting) (her|him|them|my youth|the youth)( right)? now`,
      ` (hitting|beating|choking|attacking) ${WHO}`,
    ),
    unless: / emergency (contact|contacts|number|numbers|card|plan|funds|fund|money|housing|placement|shelter|room visit)/,
  },
  {
    entryId: 'crisis-missing',
    serviceMayLead: 'title',
    pattern: anyOf(
      ` ${WHO} (ran away|run away|runaway|runs away|has run away|went awol|is awol|awol|took off|left placement|left the (group home|placement|home|house|strtp|foster home)|escaped|escape|snuck out|ran off)`,
      ` (awol|runaway|ran away|missing) .*(what do i do|what should i do|what now|who do i (call|tell))`,
      ` (placement|group home|foster (mom|dad|mother|father|parent|parents)|caregiver|staff|strtp) (says|said|called|told me) .*(left|gone|missing|ran|didnt come|not back)`,
      ` report (that )?(she|he|they|my youth|the youth) (ran|is missing|left|went missing|is gone)`,
      ` (is|went|has gone|gone|been|go|going) (missing|awol)`,
      ` missing (from|since|for) `,
      ` (youth|kid|child|teen|girl|boy|client) (is |went |gone )?missing`,
      ` (left|leaving|leave|absent from|away from|gone from|escape from|escaped from|run from|ran from) (her |his |their |the |my )?(placement|group home|foster home|strtp|home)`,
      ` (didnt|hasnt|havent|did not|has not|not|never|wont) (come|came|gone|went|got|get) (back|home)`,
      ` (hasnt|has not|didnt|did not|not|never) return(ed)? (to|home|back)`,
      ` (hasnt|has not|didnt|did not|not|never) returned`,
      ` (not been|hasnt been|wasnt|not|nobody has|no one has) seen (her|him|them )?(since|for|in)`,
      ` (nobody|no one|noone) knows where`,
      ` where (is|did) (she|he|my youth|the youth|they)( go| went)? .*(nobody|no one|noone|dont know|cant find|not answering)`,
      ` (cant|cannot|can not|couldnt) (find|reach|locate) ${WHO}`,
      ` (dont|do not|nobody|no one|noone) knows? where ${WHO} (is|are|went)`,
      ` (been|is|has been) gone `,
      ` (disappeared|vanished|on the run)`,
      ` (ran|run) away (from|again|last|yesterday|today|tonight|this)`,
      ` report (a |her |him |them |the |my )?(youth |child |kid |foster youth )?(missing|runaway|awol)`,
      ` (missing|runaway|awol) (youth|kid|child|teen|foster youth|girl|boy) `,
    ),
    unless:
      / (came back|come back|is back|returned|got back) (from|after) (awol|running|being missing)| when (she|he|they) (comes|came|gets|got|come) back/,
  },
  {
    entryId: 'crisis-trafficking-hotline',
    serviceMayLead: 'never',
    pattern: anyOf(
      ` (trafficking )?hotline .*(police|cops|law enforcement|mandated|count as|confidential|anonymous|report (me|her|him|them|it)|call (the )?(police|cops|cps)|tell (the )?(police|cops))`,
      ` what happens (when|if) (i |you |we |she |he |they )?(call|text|contact|calls|texts) the (trafficking |human trafficking )?hotline`,
      ` (calling|call|text|texting) the (trafficking |human trafficking )?hotline .*(count|instead|enough|replace)`,
      ` (what|how) (does|do|will|would) the (trafficking |human trafficking )?hotline (do|work|handle)`,
      ` (is|are) the (trafficking |human trafficking )?hotline (police|the police|law enforcement|confidential|anonymous)`,
    ),
  },
  {
    entryId: 'crisis-talking-with-youth',
    serviceMayLead: 'never',
    pattern: anyOf(
      ` (freaking out|panic attack|panicking|breaking down|broke down|sobbing|crying|hysterical|shaking)`,
      ` (what|how) (do i|should i|to|can i) (say|respond|react|talk|handle|calm)( .*)? (crisis|disclos|opens up|opened up|told me|tells me|upset|crying|panic|trafficked|exploited|abused|raped|what happened)`,
      ` (what not to say|what to not say|not to say) `,
      ` (ask|asking|push|pushing) (her |him |them )?for (details|the whole story|more)`,
      ` (disclos|opens up|opened up|told me|tells me).* (what|how) (do|should|can) i (say|respond|react|answer|talk)`,
      ` (respond|react|listen) (when|if|after) (a |the |my )?(youth|she|he|they|kid|girl|boy) (discloses|disclosed|opens up|opened up|tells you|told you)`,
      ` (promise|keep) (it |this )?(a )?secret`,
    ),
  },
  {
    entryId: 'crisis-report-abuse',
    serviceMayLead: 'name',
    pattern: anyOf(
      ` (how|where|who|when) (do i |to |can i |should i |would i |do we |i |we |must i )?(report|file a report|make a report|call to report)`,
      ` (make|file|making|filing) a (report|referral)`,
      ` report (it|this|abuse|child abuse|the abuse|exploitation|trafficking|suspected|suspicion|a suspicion|neglect|what|that|him|her|them|my suspicion|csec|sexual abuse) `,
      ` mandated report`,
      ` (i|we) (suspect|think|believe) .*(trafficked|exploited|abused|sold|pimped|trafficking|exploitation|abuse|molested|prostitut)`,
      ` suspect(ed)? (abuse|exploitation|trafficking|csec)`,
      ` (is|being|getting|was|been|were) (trafficked|exploited|abused|sold|pimped|molested|sexually abused|prostituted)`,
      ` (told|tells|disclosed|says|said) .*(raped|abused|molested|touched|trafficked|exploited|sold|pimped|pays (her|him|them)|paid (her|him|them))`,
      ` (selling|sells|sold) (her|him|them) `,
      ` (is|are|been|keeps) (abusing|molesting|exploiting|pimping|trafficking|selling) (her|him|them)`,
      ` (trading|trades|sells|selling) sex `,
      ` (pays|paid|paying|pay) (her|him|them) (for sex|to have sex)`,
      ` (makes|made|forces|forced|force|making|forcing) (her|him|them) (have sex|to have sex|sleep with|do sex|sell)`,
      ` sex for (money|food|a place|rent|drugs|gifts|a ride)`,
      ` (do|must|should) (i|we) (have to |need to )?report`,
    ),
    unless: / (signs|red flags|how (can|do) i (tell|know)|what does .* mean)/,
  },
];

/** The words the signals are written with, to read a hurried typo as the word it meant. */
const SIGNAL_WORDS: ReadonlySet<string> = new Set(
  CRISIS_SIGNALS.flatMap((s) => s.pattern.source.match(/[a-z]{5,}/g) ?? []).filter((w) => !w.endsWith('self')),
);

/** True when `a` becomes `b` with one edit (insert, delete, replace, or swap of neighbours). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

/** "suicde" → "suicide", "emergancy" → "emergency": only toward the signals' own words. */
export function correctSignalWord(word: string): string {
  if (word.length < 5 || SIGNAL_WORDS.has(word)) return word;
  for (const known of SIGNAL_WORDS) if (oneEditApart(word, known)) return known;
  return word;
}

/** The crisis a query's situation describes (typos read through), or undefined when none. */
export function detectCrisis(queryWords: readonly string[], signals: readonly CrisisSignal[] = CRISIS_SIGNALS): CrisisSignal | undefined {
  const padded = ` ${queryWords.map(correctSignalWord).join(' ')} `;
  return signals.find((s) => s.pattern.test(padded) && !s.unless?.test(padded));
}
