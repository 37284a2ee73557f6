import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '@/components/observations/Timeline';
import { observation } from './fixtures';

afterEach(cleanup);

const TODAY = '2026-03-10';

function timeline() {
  const observations = [
    observation({ observedOn: '2019-02-01', seen: 'Old note' }),
    observation({ observedOn: '2026-03-03', seen: 'Last week' }),
    observation({ observedOn: '2027-03-03', seen: 'Typed a year ahead' }),
  ];
  render(<Timeline observations={observations} flagTitle={(id) => id} onOpen={() => {}} today={TODAY} />);
  return screen.getAllByRole('listitem').filter((li) => li.closest('.timeline-list') && li.querySelector('h4'));
}

describe('the timeline questions the dates the editor questions (helper-54)', () => {
  it('asks about a date in the future and one years back, beside that observation only', () => {
    const [old, recent, ahead] = timeline();
    expect(within(ahead!).getByText('March 3, 2027 is in the future. Is that the date you meant?')).toBeTruthy();
    expect(within(old!).getByText('February 1, 2019 is more than 5 years ago. Is that the date you meant?')).toBeTruthy();
    expect(recent!.textContent).not.toMatch(/Is that the date you meant/);
  });
});

describe('the timeline chart over several observations (helper-79)', () => {
  it('says a month’s flags were in two observations, not "2 flags" as if two different ones', () => {
    const one = { 'red-flag-excess-cash': true };
    render(
      <Timeline
        observations={[
          observation({ observedOn: '2026-12-01', flags: one }),
          observation({ observedOn: '2026-12-03', flags: one }),
          observation({ observedOn: '2027-01-04', flags: { ...one, 'red-flag-injuries': true } }),
        ]}
        flagTitle={(id) => id}
        onOpen={() => {}}
        today="2027-01-10"
      />,
    );
    const counts = document.getElementById('flag-chart-counts')!.textContent!;
    expect(counts).toContain('Dec 2026: 2 red flags in 2 observations');
    // In one observation: as before.
    expect(counts).toContain('Jan 2027: 2 flags');
  });
});
