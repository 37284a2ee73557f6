/**
 * Scores the search on the evaluation set: hit@1, hit@3 and mean reciprocal rank per group,
 * the tuning and held-out parts apart, and whether crisis queries put their crisis entry first.
 * Used by the floor test (tests/search-eval.test.ts) and by `npm run bench`.
 */
import type { GuideSearch } from '@/utils/search';

export interface EvalQuery {
  id: string;
  query: string;
  group: string;
  /** Acceptable answers in the top 3, by entry id. */
  answers: string[];
  /** Never looked at while tuning; reported on its own. */
  heldOut: boolean;
  lang: 'en' | 'es';
  /** The crisis entry that must come first. */
  crisisFirst?: string;
  /** A near-miss: the first result must not be a crisis entry. */
  notCrisis?: boolean;
}

export interface Score {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Crisis queries whose crisis entry came first, of how many. */
  crisisFirst: { ok: number; n: number };
  /** Near-misses that raised a crisis entry first. */
  falseAlarms: number;
}

export interface QueryResult {
  query: EvalQuery;
  top: string[];
  /** Where the first acceptable answer is, within the top 10. */
  rank: number | undefined;
  ok: boolean;
}

export function runQuery(search: GuideSearch, query: EvalQuery): QueryResult {
  const top = search
    .search(query.query)
    .slice(0, 10)
    .map((e) => e.id);
  const index = top.findIndex((id) => query.answers.includes(id));
  const rank = index < 0 ? undefined : index + 1;
  const crisisOk = !query.crisisFirst || top[0] === query.crisisFirst;
  const alarmOk = !query.notCrisis || !top[0]?.startsWith('crisis-');
  return { query, top: top.slice(0, 5), rank, ok: rank !== undefined && rank <= 3 && crisisOk && alarmOk };
}

export function score(results: readonly QueryResult[]): Score {
  const n = results.length;
  const share = (f: (r: QueryResult) => boolean) => (n ? results.filter(f).length / n : 0);
  const crisis = results.filter((r) => r.query.crisisFirst);
  return {
    n,
    // A crisis query's first place belongs to its crisis entry alone.
    hit1: share((r) => r.rank === 1 && (!r.query.crisisFirst || r.top[0] === r.query.crisisFirst)),
    hit3: share((r) => r.rank !== undefined && r.rank <= 3),
    mrr: n ? results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n : 0,
    crisisFirst: { ok: crisis.filter((r) => r.top[0] === r.query.crisisFirst).length, n: crisis.length },
    falseAlarms: results.filter((r) => r.query.notCrisis && r.top[0]?.startsWith('crisis-')).length,
  };
}

export interface Report {
  tuning: Score;
  heldOut: Score;
  groups: { group: string; tuning: Score; heldOut: Score }[];
  results: QueryResult[];
}

export function evaluate(search: GuideSearch, queries: readonly EvalQuery[]): Report {
  const results = queries.map((q) => runQuery(search, q));
  const part = (held: boolean, group?: string) =>
    score(results.filter((r) => r.query.heldOut === held && (!group || r.query.group === group)));
  const groups = [...new Set(queries.map((q) => q.group))].sort();
  return {
    tuning: part(false),
    heldOut: part(true),
    groups: groups.map((group) => ({ group, tuning: part(false, group), heldOut: part(true, group) })),
    results,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report as table rows: group, n, hit@1, hit@3, MRR (tuning │ held-out). */
export function reportRows(report: Report): string[][] {
  const cells = (s: Score) => [String(s.n), pct(s.hit1), pct(s.hit3), s.mrr.toFixed(3)];
  return [
    ...report.groups.map((g) => [g.group, ...cells(g.tuning), ...cells(g.heldOut)]),
    ['ALL', ...cells(report.tuning), ...cells(report.heldOut)],
  ];
}
