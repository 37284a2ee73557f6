import { flagsOf, type Observation } from '@/utils/plans/observation-model';
import { dateParts, formatMonth } from './dates';

/** One bar of the timeline chart: a month (or a year, over long spans) and what was noted in it. */
export interface FlagBucket {
  /** "2026-03" or "2026": sorts in time order. */
  key: string;
  label: string;
  /** Red flags ticked in the bucket's observations, counted once per observation. */
  flags: number;
  observations: number;
}

/** Longer spans are drawn by year, so a chart never has hundreds of hair-thin bars. */
export const MAX_MONTH_BARS = 24;

/**
 * Flag counts over time, every month (or year) from the first dated observation to the last,
 * empty ones included so gaps show as gaps. Undated observations are left out.
 */
export function flagCountsOverTime(observations: readonly Observation[]): FlagBucket[] {
  const dated = observations.flatMap((o) => {
    const parts = dateParts(typeof o.data.observedOn === 'string' ? o.data.observedOn : '');
    return parts ? [{ ...parts, flags: flagsOf(o).length }] : [];
  });
  if (!dated.length) return [];
  const months = dated.map((d) => d.year * 12 + d.month - 1);
  const [first, last] = [Math.min(...months), Math.max(...months)];
  const byYear = last - first + 1 > MAX_MONTH_BARS;
  const slot = (m: number) => (byYear ? Math.floor(m / 12) : m);
  const buckets: FlagBucket[] = [];
  for (let s = slot(first); s <= slot(last); s++) {
    const [year, month] = byYear ? [s, 0] : [Math.floor(s / 12), (s % 12) + 1];
    buckets.push({
      key: byYear ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
      label: byYear ? String(year) : formatMonth(year, month),
      flags: 0,
      observations: 0,
    });
  }
  dated.forEach((d, i) => {
    const bucket = buckets[slot(months[i]!) - slot(first)]!;
    bucket.flags += d.flags;
    bucket.observations += 1;
  });
  return buckets;
}
