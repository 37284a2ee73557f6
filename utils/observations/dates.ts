import type { Observation } from '@/utils/plans/observation-model';

/** How far back a date may be before it is questioned (a typo such as 2016 for 2026, most often). */
export const FAR_PAST_YEARS = 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The local calendar date of `now` as YYYY-MM-DD, the form date inputs use. */
export function isoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Year, month (1–12) and day of an ISO date; undefined for "" or anything that is not a real date. */
export function dateParts(value: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : undefined;
}

/** "March 3, 2026" — how a court report writes a date; the text itself when it is not a date. */
export function formatLongDate(value: string): string {
  const parts = dateParts(value);
  return parts ? `${MONTHS[parts.month - 1]} ${parts.day}, ${parts.year}` : value;
}

/** "Mar 2026" */
export const formatMonth = (year: number, month: number) => `${MONTHS[month - 1]!.slice(0, 3)} ${year}`;

/**
 * Why a date deserves a second look, or undefined: dates in the future or far past are
 * questioned, never refused (an advocate may write up an old note on purpose).
 */
export function questionDate(value: string, today: string): string | undefined {
  const parts = dateParts(value);
  const now = dateParts(today);
  if (!parts || !now) return undefined;
  if (value > today) return `${formatLongDate(value)} is in the future. Is that the date you meant?`;
  if (parts.year < now.year - FAR_PAST_YEARS || (parts.year === now.year - FAR_PAST_YEARS && value.slice(5) < today.slice(5)))
    return `${formatLongDate(value)} is more than ${FAR_PAST_YEARS} years ago. Is that the date you meant?`;
  return undefined;
}

/** Questions about an observation's two dates, by field id. */
export function questionObservationDates(data: Observation['data'], today: string): Record<string, string> {
  const observed = typeof data.observedOn === 'string' ? data.observedOn : '';
  const written = typeof data.writtenOn === 'string' ? data.writtenOn : '';
  const questions: Record<string, string> = {};
  const o = questionDate(observed, today);
  if (o) questions.observedOn = o;
  const w = questionDate(written, today);
  if (w) questions.writtenOn = w;
  else if (dateParts(observed) && dateParts(written) && written < observed)
    questions.writtenOn = 'This is before the date observed. Is one of the dates wrong?';
  return questions;
}

/** Observations in date order (observed, then created): undated ones last. */
export function byDateObserved(a: Observation, b: Observation): number {
  const key = (o: Observation) => {
    const observed = typeof o.data.observedOn === 'string' && dateParts(o.data.observedOn) ? o.data.observedOn : '9999-99-99';
    return `${observed} ${String(o.createdAt).padStart(16, '0')}`;
  };
  return key(a).localeCompare(key(b));
}
