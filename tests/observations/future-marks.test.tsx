import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RedFlagChecklistPrint } from '@/components/observations/RedFlagChecklistPrint';
import { Timeline } from '@/components/observations/Timeline';
import { observation, redFlagEntries } from './fixtures';

afterEach(cleanup);

const TODAY = '2026-03-10';
const CASH = 'red-flag-excess-cash';
const observations = [
  observation({ observedOn: '2026-03-03', seen: 'A roll of bills', flags: { [CASH]: true } }),
  observation({ observedOn: '2027-01-05', seen: 'Typed a year ahead', flags: { [CASH]: true } }),
];

describe('a date typed ahead by mistake is marked where it is drawn and printed, not shown as fact (helper-69)', () => {
  it('the chart marks the future month, in its bars and in what it says', () => {
    render(<Timeline observations={observations} flagTitle={(id) => id} onOpen={() => {}} today={TODAY} />);
    const counts = document.getElementById('flag-chart-counts')!.textContent!;
    expect(counts).toMatch(/Jan 2027 \(in the future: check the date\)/);
    expect(counts).not.toMatch(/Mar 2026 \(in the future/);
    const marked = [...document.querySelectorAll('.flag-chart rect.future')].map((r) => r.querySelector('title')?.textContent);
    expect(marked.some((title) => title?.startsWith('Jan 2027 (in the future: check the date)'))).toBe(true);
    expect(marked.some((title) => title?.startsWith('Mar 2026'))).toBe(false);
  });

  it('the filled checklist marks it beside the flag and in its date range', () => {
    render(<RedFlagChecklistPrint flags={redFlagEntries} source="CASA handout" filled={{ nickname: 'JD', observations }} today={TODAY} />);
    const row = screen.getByRole('rowheader', { name: /^Excess/i }).closest('tr')!;
    expect(row.textContent).toContain('March 3, 2026; January 5, 2027 (in the future: check the date)');
    expect(screen.getByRole('article').textContent).toContain('to January 5, 2027 (in the future: check the date)');
  });
});
