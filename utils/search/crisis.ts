/**
 * Queries that say it can't wait. When an advocate types a situation — danger now, a youth
 * talking about suicide, a youth who is missing, abuse to report — the crisis entry with the
 * steps goes first, whatever else matches. Patterns describe situations, not topics: "danger
 * signs", "lifeline", "the life" or "report for court" must not raise an alarm.
 */

export interface CrisisSignal {
  /** The crisis entry that goes first. */
  entryId: string;
  /** Matched against the query's normalized words joined by single spaces, padded with spaces. */
  pattern: RegExp;
}

const P = '(she|he|they|her|him|them|my youth|the youth|youth|kid|child|teen|girl|boy|client|someone|somebody)';
const SELF = '(herself|himself|themselves|themself|myself|yourself|ourselves)';

/** In order: the first signal that matches wins (danger now outranks the rest). */
export const CRISIS_SIGNALS: readonly CrisisSignal[] = [
  {
    entryId: 'crisis-suicide',
    pattern: new RegExp(
      [
        ` suicidal `,
        ` (commit|attempted|attempt|attempting|thinking about|thoughts of|talking about|talks about|talked about|threatening|threatened|wants to commit) suicide`,
        ` suicide (attempt|risk|note|thoughts)`,
        ` (kill|killing|kills|hurt|hurting|hurts|harm|harming|harms|cut|cutting|cuts|hang|hanging|end) ${SELF}`,
        ` self ?harm`,
        ` (wants?|wanted|wanting|going|trying) to (die|be dead|end it|end (her|his|their|my) life|disappear forever)`,
        ` end (it all|(her|his|their|my) life)`,
        ` (better off dead|no reason to live|doesnt want to live|dont want to live|not want to live|nothing to live for)`,
        ` (took|taking|swallowed) (a bunch of |too many )?pills`,
        ` overdos`,
      ].join('|'),
    ),
  },
  {
    entryId: 'crisis-danger-now',
    pattern: new RegExp(
      [
        ` 911 `,
        ` emergency `,
        ` (in|into) (immediate |serious )?danger`,
        ` danger (right )?now`,
        ` (not|isnt|isn t) safe (right )?now`,
        ` (is|being|getting|was) (hurt|beaten|attacked|assaulted|raped|kidnapped|taken|choked|shot|stabbed)( right)? now`,
        ` (is|being|getting) (beaten|attacked|assaulted|kidnapped|choked|shot|stabbed)`,
        ` (has|with|pulled) a (gun|knife|weapon)`,
        ` (threatening|threatened|going|trying) to (kill|hurt|shoot|stab) ${P}`,
        ` (not breathing|unconscious|wont wake up|bleeding)`,
        ` right now .*(hurt|hit|attack|danger|follow)`,
        ` (hitting|beating|choking|attacking) ${P}`,
      ].join('|'),
    ),
  },
  {
    entryId: 'crisis-missing',
    pattern: new RegExp(
      [
        ` ${P} (ran away|run away|runs away|has run away|went awol|is awol|awol|took off|left placement|left the (group home|placement|home|house|strtp|foster home))`,
        ` (is|went|has gone|gone|been) (missing|awol)`,
        ` missing (from|since) `,
        ` (left|leaving|leave|absent from|away from|gone from) (her |his |their |the )?(placement|group home|foster home|strtp)`,
        ` (didnt|hasnt|havent|did not|has not|not) (come|came|gone|went) (back|home)`,
        ` (hasnt|has not|didnt|did not|not) returned`,
        ` (cant|cannot|can not|couldnt) (find|reach|locate) ${P}`,
        ` (dont|do not) know where ${P} (is|are|went)`,
        ` (disappeared|vanished|on the run)`,
        ` (ran|run) away (from|again|last|yesterday|today|tonight|this)`,
      ].join('|'),
    ),
  },
  {
    entryId: 'crisis-report-abuse',
    pattern: new RegExp(
      [
        ` (how|where|who) (do i |to |can i |should i |would i |do we |to )?(report|file a report|make a report)`,
        ` (make|file|making|filing) a (report|referral)`,
        ` report (it|this|abuse|child abuse|exploitation|trafficking|suspected|suspicion|a suspicion|neglect|what|that|him|her|them|my suspicion|csec) `,
        ` mandated report`,
        ` (i|we) (suspect|think|believe) .*(trafficked|exploited|abused|sold|pimped|trafficking|exploitation|abuse|molested)`,
        ` suspect(ed)? (abuse|exploitation|trafficking|csec)`,
        ` (is|being|getting|was|been|were) (trafficked|exploited|abused|sold|pimped|molested|sexually abused|prostituted)`,
        ` (told|tells|disclosed|says|said) .*(raped|abused|molested|touched|trafficked|exploited|sold|pimped)`,
        ` (selling|sells|sold) (her|him|them) `,
        ` (trading|trades|sells|selling) sex `,
      ].join('|'),
    ),
  },
];

/** The crisis entry a query's situation calls for, or undefined when it signals none. */
export function detectCrisis(normalized: string, signals: readonly CrisisSignal[] = CRISIS_SIGNALS): string | undefined {
  const padded = ` ${normalized} `;
  return signals.find((s) => s.pattern.test(padded))?.entryId;
}
