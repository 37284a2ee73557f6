import { cleanup, render, screen } from '@testing-library/preact';
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

  it('“Note this” with several plans: the question opens on the most recent one', () => {
    const plan = (id: string, nickname: string): PlanSummary => ({ id, nickname, updatedAt: 0, nextReview: '' });
    const noop = () => {};
    render(
      <PlanChooser plans={[plan('a', 'JD'), plan('b', 'MR')]} flagTitle="Excess cash" onChoose={noop} onCreate={noop} onCancel={noop} />,
    );
    expect(document.activeElement?.textContent).toBe('JD');
  });
});
