import { describe, expect, it } from 'vitest';
import {
  byDateObserved,
  formatLongDate,
  isoDate,
  questionDate,
  questionObservationDates,
  questionPlanDates,
  sameDayPlaces,
} from '@/utils/observations/dates';
import { flagCountsOverTime } from '@/utils/observations/timeline';
import { observation } from './fixtures';

const TODAY = '2026-03-10';

describe('dates: questioned, never refused', () => {
  it.each([
    ['2026-03-10', undefined],
    ['2026-03-11', 'March 11, 2026 is in the future. Is that the date you meant?'],
    ['2021-03-10', undefined],
    ['2021-03-09', 'March 9, 2021 is more than 5 years ago. Is that the date you meant?'],
    ['1999-12-31', 'December 31, 1999 is more than 5 years ago. Is that the date you meant?'],
    ['', undefined],
    ['2026-02-30', undefined],
  ])('%s → %s', (value, question) => {
    expect(questionDate(value, TODAY)).toBe(question);
  });

  it('questions a plan dated in the future or long ago, and a next review years away or years ago', () => {
    expect(questionPlanDates({ planDate: '2026-03-10', nextReview: '2026-09-10' }, TODAY)).toEqual({});
    // A review just overdue, or a year ahead, is normal.
    expect(questionPlanDates({ nextReview: '2025-12-01' }, TODAY)).toEqual({});
    expect(questionPlanDates({ nextReview: '2031-03-10' }, TODAY)).toEqual({});
    expect(questionPlanDates({ planDate: '2026-04-01', nextReview: '2031-03-11' }, TODAY)).toEqual({
      planDate: 'April 1, 2026 is in the future. Is that the date you meant?',
      nextReview: 'March 11, 2031 is more than 5 years from now. Is that the date you meant?',
    });
    expect(questionPlanDates({ planDate: '0202-03-01', nextReview: '2021-03-09' }, TODAY)).toEqual({
      planDate: 'March 1, 202 is more than 5 years ago. Is that the date you meant?',
      nextReview: 'March 9, 2021 is more than 5 years ago. Is that the date you meant?',
    });
    expect(questionPlanDates({ planDate: '', nextReview: 'soon' }, TODAY)).toEqual({});
  });

  it('questions a write-up dated before what it describes', () => {
    expect(questionObservationDates({ observedOn: '2026-03-05', writtenOn: '2026-03-04' }, TODAY)).toEqual({
      writtenOn: 'This is before the date observed. Is one of the dates wrong?',
    });
    expect(questionObservationDates({ observedOn: '2026-03-05', writtenOn: '2026-03-06' }, TODAY)).toEqual({});
  });

  it('questions a “date told” in the future or long ago, as the observation’s own dates', () => {
    const told = (on: string) => [{ id: 'r', role: 'CSW', name: '', on, reference: '' }];
    expect(questionObservationDates({ observedOn: TODAY, told: told('2027-03-15') }, TODAY)).toEqual({
      told: 'March 15, 2027 is in the future. Is that the date you meant?',
    });
    expect(questionObservationDates({ observedOn: TODAY, told: told('2026-03-09') }, TODAY)).toEqual({});
    expect(questionObservationDates({ observedOn: TODAY, told: told('') }, TODAY)).toEqual({});
  });

  it('formats dates the way a court report writes them, and reads today in local time', () => {
    expect(formatLongDate('2026-03-03')).toBe('March 3, 2026');
    expect(formatLongDate('not a date')).toBe('not a date');
    expect(isoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('orders observations by the date observed, then by when they were made; undated last', () => {
    const list = [
      observation({ observedOn: '' }, 1),
      observation({ observedOn: '2026-03-03' }, 3),
      observation({ observedOn: '2026-03-03' }, 2),
      observation({ observedOn: '2025-12-01' }, 4),
    ];
    expect([...list].sort(byDateObserved).map((o) => o.createdAt)).toEqual([4, 2, 3, 1]);
  });
});

describe('timeline: flags over time', () => {
  it('counts ticked flags per month, with empty months kept so gaps show', () => {
    const buckets = flagCountsOverTime([
      observation({ observedOn: '2026-01-15', flags: { 'red-flag-injuries': true, 'red-flag-excess-cash': true } }),
      observation({ observedOn: '2026-01-20', flags: { 'red-flag-injuries': true } }),
      observation({ observedOn: '2026-03-02', flags: {} }),
      observation({ observedOn: '' }),
    ]);
    expect(buckets.map((b) => [b.label, b.flags, b.observations])).toEqual([
      ['Jan 2026', 3, 2],
      ['Feb 2026', 0, 0],
      ['Mar 2026', 0, 1],
    ]);
  });

  it('draws long spans by year, so a far-past date does not make hundreds of bars', () => {
    const buckets = flagCountsOverTime([
      observation({ observedOn: '1999-05-01', flags: { 'red-flag-injuries': true } }),
      observation({ observedOn: '2026-03-01' }),
    ]);
    expect(buckets).toHaveLength(28);
    expect(buckets[0]).toMatchObject({ key: '1999', flags: 1 });
    expect(flagCountsOverTime([])).toEqual([]);
  });
});

describe('sameDayPlaces: which of its day an observation is', () => {
  it('numbers the observations of a day in the order written, whatever order they come in; a day with one, or no date, has none', () => {
    const first = observation({ observedOn: '2026-03-01' }, 10);
    const second = observation({ observedOn: '2026-03-01' }, 20);
    const third = observation({ observedOn: '2026-03-01' }, 30);
    const alone = observation({ observedOn: '2026-03-02' }, 5);
    const undated = [observation({ observedOn: '' }, 1), observation({ observedOn: '' }, 2)];
    const places = sameDayPlaces([third, alone, first, ...undated, second]);
    expect(places.get(first.id)).toEqual({ n: 1, of: 3 });
    expect(places.get(second.id)).toEqual({ n: 2, of: 3 });
    expect(places.get(third.id)).toEqual({ n: 3, of: 3 });
    expect(places.has(alone.id)).toBe(false);
    expect(undated.some((o) => places.has(o.id))).toBe(false);
  });
});
