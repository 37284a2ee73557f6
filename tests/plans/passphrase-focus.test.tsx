import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanChooser } from '@/components/observations/PlanChooser';
import { PlainExport } from '@/components/plans/PlainExport';
import { SetUpLock } from '@/components/plans/SetUpLock';
import type { PlanSummary } from '@/utils/plans/model';

afterEach(cleanup);

/**
 * A passphrase asked for after the page has loaded takes the focus as it appears: the HTML
 * `autofocus` attribute does nothing then, so a keyboard user typed into nothing (helper-49).
 */
describe('a passphrase field that appears later has the focus', () => {
  it('the plain export, with the lock on, opens on its passphrase', () => {
    render(<PlainExport lockOn onExport={async () => {}} onCancel={() => {}} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase of the lock'));
  });

  it('setting up the lock opens on the new passphrase, not on its confirmation', () => {
    render(<SetUpLock onSetUp={async () => {}} />);
    expect(document.activeElement).toBe(screen.getByLabelText('New passphrase (10 characters or more)'));
  });

  it('setting up the lock: the new passphrase is described by the warning that it cannot be recovered (helper-60)', () => {
    render(<SetUpLock onSetUp={async () => {}} />);
    const field = screen.getByLabelText('New passphrase (10 characters or more)');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toMatch(/A forgotten passphrase cannot be recovered/);
  });

  it('setting up the lock: a refused passphrase puts the caret back in the field at fault, not on the button (helper-60)', async () => {
    const user = userEvent.setup();
    render(<SetUpLock onSetUp={async () => {}} />);
    const first = screen.getByLabelText('New passphrase (10 characters or more)');
    const second = screen.getByLabelText('Type it again');
    await user.type(first, 'short');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(screen.getByRole('alert').textContent).toMatch(/10 characters/);
    expect(document.activeElement).toBe(first);
    await user.clear(first);
    await user.type(first, 'a long passphrase');
    await user.type(second, 'a long passfrase');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(document.activeElement).toBe(second);
    // Refused twice the same way: the caret comes back again.
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(document.activeElement).toBe(second);
  });

  it('“Note this” with several plans: the question opens on the most recent one', () => {
    const plan = (id: string, nickname: string): PlanSummary => ({ id, nickname, updatedAt: 0, nextReview: '' });
    const noop = () => {};
    render(
      <PlanChooser plans={[plan('a', 'JD'), plan('b', 'MR')]} flagTitle="Excess cash" onChoose={noop} onCreate={noop} onCancel={noop} />,
    );
    expect(document.activeElement?.textContent).toBe('JD');
  });
});
