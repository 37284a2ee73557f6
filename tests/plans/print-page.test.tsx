import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintPage } from '@/components/plans/PrintPage';
import { freshRepository, servePlans } from './helpers';

const CANARY = 'CANARY-print-5521';

/** A plan with a canary, a service, the side panel's client, and a print page showing the plan. */
async function printing({ lock }: { lock: boolean }) {
  const { repository } = freshRepository({ kdfIterations: 1000 });
  const { service, connect, ports } = servePlans(repository, { kdfIterations: 1000 });
  const panel = connect('panel');
  const plan = await panel.call('create', { id: 'p' });
  await panel.call('patch', { id: 'p', fieldId: 'codeWord', value: CANARY, baseRev: plan.rev, clientId: 'panel' });
  if (lock) await panel.call('setUpVault', { passphrase: 'correct horse battery' });
  const print = connect('print');
  render(<PrintPage client={print} planId="p" view="plan" onPrint={() => {}} />);
  await screen.findByText(CANARY, { exact: false });
  return { repository, service, panel, ports };
}

const pageText = () => document.body.textContent ?? '';

afterEach(cleanup);

describe('finding 2: the print and wallet-card page blanks on every lock and hide', () => {
  it('finding 2: Lock now (or Hide) in the panel blanks it and says plans are locked', async () => {
    const { panel } = await printing({ lock: true });
    await panel.call('lock', {});
    await screen.findByText(/^Plans are locked/);
    expect(pageText()).not.toContain(CANARY);
  });

  it('finding 2: Hide blanks it even without the passphrase lock', async () => {
    const { panel } = await printing({ lock: false });
    await panel.call('lock', {});
    await screen.findByText(/^Hidden\./);
    expect(pageText()).not.toContain(CANARY);
  });

  it('finding 2: an idle or screen lock blanks it', async () => {
    const { service } = await printing({ lock: true });
    service.lockNow();
    await screen.findByText(/^Plans are locked/);
    expect(pageText()).not.toContain(CANARY);
  });

  it('finding 2: when the background restarts and comes back locked, it blanks', async () => {
    const { repository, ports } = await printing({ lock: true });
    // The worker stops, and wakes up without the key (its lock event won, finding 1).
    repository.lock();
    ports.at(-1)!.background.disconnect();
    await screen.findByText(/^Plans are locked/);
    expect(pageText()).not.toContain(CANARY);
  });
});
