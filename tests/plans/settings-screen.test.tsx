import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { AUTO_LOCK_CHOICES } from '@/utils/settings';

function renderSettings(
  screenLockReported: boolean,
  onChangePassphrase: (current: string, next: string) => Promise<void> = async () => {},
) {
  render(
    <SettingsScreen
      vault="unlocked"
      autoLockMinutes={15}
      autoLockChoices={AUTO_LOCK_CHOICES}
      screenLockReported={screenLockReported}
      onAutoLock={() => {}}
      onLockNow={() => {}}
      onSetUp={async () => {}}
      onChangePassphrase={onChangePassphrase}
      onDisable={async () => ''}
    />,
  );
  const select = screen.getByLabelText('Lock plans after I am away for') as HTMLSelectElement;
  return { options: [...select.options].map((o) => o.textContent), hint: select.parentElement!.querySelector('.hint')!.textContent };
}

afterEach(cleanup);

describe('finding 9: the auto-lock choice says what this browser can do', () => {
  it('finding 9: where the screen lock is not reported (Firefox), “only when the screen locks” is not offered, and the hint says so', () => {
    const { options, hint } = renderSettings(false);
    expect(options).toEqual(['5 minutes', '15 minutes', '30 minutes', '60 minutes']);
    expect(hint).toMatch(/does not tell extensions when the screen locks/);
    expect(hint).toMatch(/when the last browser window closes, and when the browser quits/);
  });

  it('finding 13: the hint says exactly when plans lock: screen lock, last window closed, browser quit', () => {
    const { options, hint } = renderSettings(true);
    expect(options).toContain('never (only when the screen locks)');
    expect(hint).toBe('Plans also lock when the screen locks, when the last browser window closes, and when the browser quits.');
  });
});

describe('the lock’s forms answer under themselves (helper-44 #8)', () => {
  it('a refused passphrase change is said in the change form, not under “Turn off the lock”', async () => {
    renderSettings(true, async () => Promise.reject(new Error('That passphrase is not right. Nothing was changed.')));
    const change = screen.getByRole('form', { name: 'Change passphrase' });
    fireEvent.input(within(change).getByLabelText('Current passphrase'), { target: { value: 'not the one at all' } });
    fireEvent.input(within(change).getByLabelText('New passphrase'), {
      target: { value: 'a brand new passphrase' },
    });
    fireEvent.input(within(change).getByLabelText('Type it again'), { target: { value: 'a brand new passphrase' } });
    fireEvent.submit(change);
    expect((await within(change).findByRole('alert')).textContent).toBe('That passphrase is not right. Nothing was changed.');
    expect(within(screen.getByRole('form', { name: 'Turn off the lock' })).queryByRole('alert')).toBeNull();
  });
});

describe('changing the passphrase after a slip', () => {
  function fill(change: HTMLElement, current: string, next: string) {
    fireEvent.input(within(change).getByLabelText('Current passphrase'), { target: { value: current } });
    fireEvent.input(within(change).getByLabelText('New passphrase'), { target: { value: next } });
    fireEvent.input(within(change).getByLabelText('Type it again'), { target: { value: next } });
  }
  const value = (change: HTMLElement, label: string) => (within(change).getByLabelText(label) as HTMLInputElement).value;

  it('a wrong current passphrase empties only that field: the new one, typed twice, stays', async () => {
    renderSettings(true, async () => Promise.reject(new Error('That passphrase is not right. Nothing was changed.')));
    const change = screen.getByRole('form', { name: 'Change passphrase' });
    fill(change, 'not the one at all', 'a brand new passphrase');
    fireEvent.submit(change);
    await within(change).findByRole('alert');
    expect(value(change, 'Current passphrase')).toBe('');
    expect(value(change, 'New passphrase')).toBe('a brand new passphrase');
    expect(value(change, 'Type it again')).toBe('a brand new passphrase');
  });

  it('a new passphrase the same as the current one is refused before anything is changed', async () => {
    const asked: string[] = [];
    renderSettings(true, async (current: string) => {
      asked.push(current);
    });
    const change = screen.getByRole('form', { name: 'Change passphrase' });
    fill(change, 'the same old passphrase', 'the same old passphrase');
    fireEvent.submit(change);
    expect((await within(change).findByRole('alert')).textContent).toBe(
      'The new passphrase is the same as the current one. Nothing was changed.',
    );
    expect(asked).toEqual([]);
  });

  it('a change that works empties all three fields', async () => {
    renderSettings(true, async () => {});
    const change = screen.getByRole('form', { name: 'Change passphrase' });
    fill(change, 'the same old passphrase', 'a brand new passphrase');
    fireEvent.submit(change);
    expect((await within(change).findByRole('status')).textContent).toMatch(/Passphrase changed/);
    for (const label of ['Current passphrase', 'New passphrase', 'Type it again']) expect(value(change, label)).toBe('');
  });
});

describe('“Turn off the lock” with nothing typed (helper-71)', () => {
  it('asks for the passphrase instead of calling an empty one wrong, and tries nothing', async () => {
    let tried = 0;
    render(
      <SettingsScreen
        vault="unlocked"
        autoLockMinutes={15}
        autoLockChoices={AUTO_LOCK_CHOICES}
        screenLockReported
        onAutoLock={() => {}}
        onLockNow={() => {}}
        onSetUp={async () => {}}
        onChangePassphrase={async () => {}}
        onDisable={async () => {
          tried++;
          return '';
        }}
      />,
    );
    const form = screen.getByRole('form', { name: 'Turn off the lock' });
    fireEvent.submit(form);
    expect(within(form).getByText('Type your passphrase to turn the lock off. Nothing was changed.')).toBeTruthy();
    expect(tried).toBe(0);
  });
});
