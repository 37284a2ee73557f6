import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '@/components/observations/Timeline';
import { observation } from '../observations/fixtures';
import { openNewPlanIn } from './open-new-plan';

afterEach(cleanup);

/** What a screen reader reads after an element's name: the text of its aria-describedby ids. */
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? document.getElementById(id)?.textContent : ''))
    .join(' ')
    .trim();

/** helper-60 F10: controls that read the same in one view say which one they are. */
describe('names that tell alike controls apart (helper-60)', () => {
  it('each “Tips” is named with its section, its visible word first', async () => {
    await openNewPlanIn('+ New safety plan');
    const names = [...document.querySelectorAll('details.tips summary')].map((s) => s.getAttribute('aria-label'));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toContain('Tips: Numbers to memorize');
    expect(names.every((n) => n?.startsWith('Tips: '))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a row is named with what its first cell holds, so “Number” says whose', async () => {
    const { user } = await openNewPlanIn('+ New safety plan');
    await user.click(screen.getByRole('button', { name: /^7\. Numbers to memorize/ }));
    const rows = screen.getAllByRole('group', { name: /^Numbers, row \d+/ });
    const names = rows.map((r) => r.getAttribute('aria-label'));
    // The national hotlines a new plan starts with: each row says whose number it is.
    expect(names[0]).toMatch(/^Numbers, row 1: \S/);
    expect(new Set(names).size).toBe(names.length);
    await user.click(screen.getByRole('button', { name: '+ Add a number' }));
    const added = screen.getAllByRole('group', { name: /^Numbers, row \d+/ }).at(-1)!;
    // Empty, it is only its place; named as soon as it says who.
    expect(added.getAttribute('aria-label')).toBe(`Numbers, row ${rows.length + 1}`);
    fireEvent.input(within(added).getByLabelText('Who'), { target: { value: 'Aunt Rosa' } });
    expect(added.getAttribute('aria-label')).toBe(`Numbers, row ${rows.length + 1}: Aunt Rosa`);
  });

  it('timeline entries of the same day are told apart by their red flags', () => {
    const observations = [
      observation({ observedOn: '2026-03-03', flags: { 'red-flag-excess-cash': true } }),
      observation({ observedOn: '2026-03-03', flags: { 'red-flag-injuries': true, 'red-flag-excess-cash': true } }),
    ];
    render(<Timeline observations={observations} flagTitle={(id) => `title of ${id}`} onOpen={() => {}} today="2026-03-10" />);
    const [a, b] = screen.getAllByRole('button', { name: 'March 3, 2026' });
    expect(description(a!)).toBe('title of red-flag-excess-cash');
    expect(description(b!)).toMatch(/^title of red-flag-\S+; title of red-flag-\S+$/);
    expect(description(b!)).toContain('title of red-flag-injuries');
  });
});
