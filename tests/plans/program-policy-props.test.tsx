import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelLayout } from '@/components/panel/PanelLayout';
import { PrintPlan } from '@/components/plans/PrintPlan';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { WalletCard } from '@/components/plans/WalletCard';
import { createPlan } from '@/utils/plans/model';
import { settingsProps } from './settings-props';

function settings(props: Partial<Parameters<typeof SettingsScreen>[0]>) {
  render(<SettingsScreen {...settingsProps} vault="unlocked" {...props} />);
  const select = screen.getByLabelText('Lock plans after I am away for') as HTMLSelectElement;
  return { select, options: [...select.options].map((o) => o.textContent) };
}

afterEach(cleanup);

describe('what a CASA program sets, as the panel shows it', () => {
  it('requireLock: Settings says the lock cannot be turned off, and offers no way to', () => {
    settings({ requireLock: true });
    expect(screen.queryByRole('form', { name: 'Turn off the lock' })).toBeNull();
    expect(screen.getByText('Your CASA program requires the passphrase lock, so it cannot be turned off.')).toBeTruthy();
  });

  it('requireLock: without a lock yet, Settings asks for one, as the program requires', () => {
    settings({ requireLock: true, vault: 'none' });
    expect(screen.getByRole('heading', { name: 'Set a passphrase for your plans' })).toBeTruthy();
  });

  it('maxAutoLockMinutes: longer choices (and “never”) are not offered; a longer stored time shows as the longest allowed', () => {
    const { options, select } = settings({ maxAutoLockMinutes: 15, autoLockMinutes: 60 });
    expect(options).toEqual(['5 minutes', '15 minutes']);
    expect(select.value).toBe('15');
  });

  it.each([
    [3, ['3 minutes'], '3'],
    [1, ['1 minute'], '1'],
    [20, ['5 minutes', '15 minutes', '20 minutes'], '20'],
    [1440, ['5 minutes', '15 minutes', '30 minutes', '60 minutes', '24 hours'], '60'],
  ])('maxAutoLockMinutes %s (helper-48 #4): the program’s own longest time is offered, never an empty menu', (max, expected, shown) => {
    const { options, select } = settings({ maxAutoLockMinutes: max, autoLockMinutes: 60 });
    expect(options).toEqual(expected);
    expect(select.value).toBe(shown);
  });

  it('without a program, every choice is offered and the lock can be turned off', () => {
    const { options } = settings({});
    expect(options).toEqual(['5 minutes', '15 minutes', '30 minutes', '60 minutes', 'never (only when the screen locks)']);
    expect(screen.getByRole('form', { name: 'Turn off the lock' })).toBeTruthy();
  });

  it('programName: named in the panel’s header, on the printed plan and on the wallet card', () => {
    render(
      <PanelLayout
        tab="plans"
        onSelectTab={() => {}}
        onHide={() => {}}
        programName="CASA of Example County"
        panels={{ plans: 'x', guide: '', settings: '' }}
      />,
    );
    expect(screen.getByRole('banner').textContent).toContain('CASA of Example County');
    cleanup();
    render(<PrintPlan plan={createPlan(0, 'p')} programName="CASA of Example County" />);
    expect(screen.getByRole('article').textContent).toContain('CASA of Example County');
    cleanup();
    render(<WalletCard plan={createPlan(0, 'p')} programName="CASA of Example County" />);
    expect(screen.getByRole('article', { name: 'Wallet card' }).textContent).toContain('CASA of Example County');
  });
});
