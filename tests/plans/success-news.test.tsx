import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockedPlans } from '@/components/plans/LockedPlans';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import type { PlanClient } from '@/utils/plans/client';
import { openNewPlanIn } from './open-new-plan';
import { settingsProps } from './settings-props';

/**
 * helper-60: successes a screen reader never heard — the focus moved on, and what changed was
 * drawn already filled in (or not said at all). Each is said in a live region that was there first.
 */
const live = () => [...document.querySelectorAll('[aria-live="polite"]')].map((p) => p.textContent).filter(Boolean);

afterEach(cleanup);

describe('said when it worked (helper-60)', () => {
  it('a plan deleted: “The plan is deleted.” (its name gone from the page with it), and the question to delete is an alert of its words only, naming the group of its buttons', async () => {
    const { user } = await openNewPlanIn('+ New safety plan');
    await user.type(screen.getByLabelText('Youth’s nickname or initials'), 'T.R.');
    await waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    const item = (await screen.findByText('T.R.')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    const alert = within(item).getByRole('alert');
    expect(alert.querySelector('button')).toBeNull();
    expect(within(item).getByRole('group', { name: /^Delete “T\.R\.” for good\?/ })).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(live()).toContain('The plan is deleted.'));
    expect(document.body.textContent).not.toContain('T.R.');
  });

  it('a row put back by Undo: “Put back “Aunt Rosa”.”', async () => {
    const { user } = await openNewPlanIn('+ New safety plan');
    await user.click(screen.getByRole('button', { name: /^\d+\. My top 3 people/ }));
    await user.click(screen.getByRole('button', { name: '+ Add a person' }));
    await user.type(screen.getByLabelText('Name'), 'Aunt Rosa');
    await user.click(screen.getByRole('button', { name: 'Remove row 1 of Trusted people' }));
    expect(live()).not.toContain('Put back “Aunt Rosa”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(live()).toContain('Put back “Aunt Rosa”.'));
  });

  it('the lock turned on in Settings: “The lock is on…”', () => {
    const { rerender } = render(<SettingsScreen {...settingsProps} vault="none" />);
    expect(live()).toEqual([]);
    rerender(<SettingsScreen {...settingsProps} vault="unlocked" />);
    expect(live()).toContain('The lock is on: plans are encrypted on this device.');
  });

  it('the plans unlocked: “Unlocked: your plans are open.”, and not on a first start with no lock', () => {
    const client = { call: vi.fn(async () => 0), onEvent: () => () => {} } as unknown as PlanClient;
    const vault = (state: string) => ({ state, set: () => {} }) as unknown as Parameters<typeof LockedPlans>[0]['vault'];
    const { rerender } = render(
      <LockedPlans client={client} vault={vault('none')} onErased={() => {}}>
        <p>the plans</p>
      </LockedPlans>,
    );
    rerender(
      <LockedPlans client={client} vault={vault('locked')} onErased={() => {}}>
        <p>the plans</p>
      </LockedPlans>,
    );
    expect(live()).toEqual([]);
    rerender(
      <LockedPlans client={client} vault={vault('unlocked')} onErased={() => {}}>
        <p>the plans</p>
      </LockedPlans>,
    );
    expect(screen.getByText('the plans')).toBeTruthy();
    expect(live()).toEqual(['Unlocked: your plans are open.']);
  });
});
