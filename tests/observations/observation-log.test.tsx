import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ObservationList } from '@/components/observations/ObservationList';
import { observation } from './fixtures';

afterEach(cleanup);

const noop = () => {};

/** The log of `observations`, seen on March 10, 2026. */
const renderLog = (observations: Parameters<typeof ObservationList>[0]['observations']) =>
  render(
    <ObservationList
      observations={observations}
      damaged={[]}
      flagTitle={(id) => id}
      onCreate={noop}
      onOpen={noop}
      onDeleteDamaged={noop}
      today="2026-03-10"
    />,
  );

describe('the observation log', () => {
  it('questions a date observed in the future beside that observation, as the editor and timeline do (helper-61)', () => {
    const observations = [
      observation({ observedOn: '2027-01-15', seen: 'Typed a year ahead' }),
      observation({ observedOn: '2026-03-03', seen: 'Last week' }),
    ];
    renderLog(observations);
    const [ahead, recent] = screen.getAllByRole('listitem');
    expect(ahead!.textContent).toContain('January 15, 2027 is in the future. Is that the date you meant?');
    expect(recent!.textContent).not.toMatch(/Is that the date you meant/);
  });

  it('with nothing logged, no empty list for a screen reader to enter (helper-60)', () => {
    renderLog([]);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/No observations yet/i)).toBeTruthy();
  });
});
