import { currentLang, t, type Lang } from '@/utils/i18n';
import type { Observation } from '@/utils/plans/observation-model';

/** How far back a date may be before it is questioned (a typo such as 2016 for 2026, most often). */
export const FAR_PAST_YEARS = 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  // No year 0 on the calendar (browsers refuse it too): it would read "January 1, 1".
  if (year < 1) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : undefined;
}

/** One formatter per language and style: making one costs far more than using it (hundreds of observations). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, style: 'long' | 'month'): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let made = formatters.get(key);
  if (!made) {
    // UTC on both sides: a calendar date, never shifted a day by the time zone.
    const options: Intl.DateTimeFormatOptions = style === 'long' ? { dateStyle: 'long' } : { month: 'short', year: 'numeric' };
    made = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formatters.set(key, made);
  }
  return made;
}

/** Midnight UTC of a calendar date (setUTCFullYear: Date.UTC would read years 0–99 as 1900–1999). */
function utc(year: number, month: number, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/**
 * "March 3, 2026" or "3 de marzo de 2026" — how a court report writes a date, in the page's
 * language; the text itself when it is not a date.
 */
export function formatLongDate(value: string, lang: Lang = currentLang()): string {
  const parts = dateParts(value);
  return parts ? formatter(lang, 'long').format(utc(parts.year, parts.month, parts.day)) : value;
}

/** Why a date field's typed date was not saved (a part left empty, or February 30), and what stays saved. */
export const unfinishedDate = (label: string, saved: string): string =>
  dateParts(saved) ? t('date_unfinished', label, formatLongDate(saved)) : t('date_unfinished_empty', label);

/** "Mar 2026", "mar 2026" */
export const formatMonth = (year: number, month: number, lang: Lang = currentLang()) => formatter(lang, 'month').format(utc(year, month));

/**
 * Why a date deserves a second look, or undefined: dates in the future or far past are
 * questioned, never refused (an advocate may write up an old note on purpose).
 */
export function questionDate(value: string, today: string): string | undefined {
  if (!dateParts(value) || !dateParts(today)) return undefined;
  if (value > today) return t('obs_date_future', formatLongDate(value));
  return farPast(value, today);
}

/** `today` moved by whole years, as YYYY-MM-DD text (compared as text: four-digit years). */
const yearsFrom = (today: string, years: number) => `${String(Number(today.slice(0, 4)) + years).padStart(4, '0')}${today.slice(4)}`;
const farPast = (value: string, today: string) =>
  value < yearsFrom(today, -FAR_PAST_YEARS) ? t('obs_date_far_past', formatLongDate(value), FAR_PAST_YEARS) : undefined;

/**
 * Questions about a plan's dates, by field id. The plan's date is questioned as an observation's;
 * the next review only when it is years away or years ago (ahead, or just overdue, is normal).
 */
export function questionPlanDates(data: Readonly<Record<string, unknown>>, today: string): Record<string, string> {
  const questions: Record<string, string> = {};
  if (!dateParts(today)) return questions;
  const date = (id: string) => (typeof data[id] === 'string' && dateParts(data[id] as string) ? (data[id] as string) : '');
  const made = questionDate(date('planDate'), today);
  if (made) questions.planDate = made;
  const confirmed = questionDate(date('csecConfirmedOn'), today);
  if (confirmed) questions.csecConfirmedOn = confirmed;
  const review = date('nextReview');
  const next = !review
    ? undefined
    : review > yearsFrom(today, FAR_PAST_YEARS)
      ? t('plan_date_far_future', formatLongDate(review), FAR_PAST_YEARS)
      : farPast(review, today);
  if (next) questions.nextReview = next;
  return questions;
}

/** Questions about an observation's dates, by field id: its two, and the first odd "date told". */
export function questionObservationDates(data: Observation['data'], today: string): Record<string, string> {
  const observed = typeof data.observedOn === 'string' ? data.observedOn : '';
  const written = typeof data.writtenOn === 'string' ? data.writtenOn : '';
  const questions: Record<string, string> = {};
  const o = questionDate(observed, today);
  if (o) questions.observedOn = o;
  const w = questionDate(written, today);
  if (w) questions.writtenOn = w;
  else if (dateParts(observed) && dateParts(written) && written < observed) questions.writtenOn = t('obs_date_before_observed');
  const told = (Array.isArray(data.told) ? data.told : []).map((row) => questionDate(typeof row.on === 'string' ? row.on : '', today));
  const toldQuestion = told.find(Boolean);
  if (toldQuestion) questions.told = toldQuestion;
  return questions;
}

/** The date an observation was observed (YYYY-MM-DD), when it holds a real one. */
const observedDay = (o: Observation): string | undefined =>
  typeof o.data.observedOn === 'string' && dateParts(o.data.observedOn) ? o.data.observedOn : undefined;

/** Observations in date order (observed, then created, then id): undated ones last. */
export function byDateObserved(a: Observation, b: Observation): number {
  const key = (o: Observation) => `${observedDay(o) ?? '9999-99-99'} ${String(o.createdAt).padStart(16, '0')}`;
  // Written in the same millisecond (an import): the id decides, so every view orders them alike.
  return key(a).localeCompare(key(b)) || a.id.localeCompare(b.id);
}

/**
 * Where each observation stands among those observed the same day, in the order they were
 * written ("2 of 3" that day); only days with more than one. Two entries of one day with the
 * same flags were named alike in the log and the timeline's headings (helper-79).
 */
export function sameDayPlaces(observations: readonly Observation[]): Map<string, { n: number; of: number }> {
  const byDay = new Map<string, Observation[]>();
  for (const o of observations) {
    const day = observedDay(o);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), o]);
  }
  const places = new Map<string, { n: number; of: number }>();
  for (const day of byDay.values()) {
    if (day.length < 2) continue;
    day.sort(byDateObserved).forEach((o, i) => places.set(o.id, { n: i + 1, of: day.length }));
  }
  return places;
}
