import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintPage } from '@/components/plans/PrintPage';
import { redFlags } from '@/content/red-flags';
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

describe('the red-flag checklist on the print page', () => {
  it('prints a blank checklist from the guide’s red flags without reading any plan', async () => {
    const calls: string[] = [];
    const client = { call: async (m: string) => void calls.push(m), onEvent: () => () => {}, onReconnect: () => () => {} };
    render(<PrintPage client={client as never} planId="" view="checklist" flags={redFlags} flagSource="the handout" onPrint={() => {}} />);
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(redFlags.length + 1);
    expect(screen.getByRole('rowheader', { name: /Excess cash in their possession/ })).toBeTruthy();
    expect(screen.queryAllByRole('img', { name: 'Seen' })).toHaveLength(0);
    expect(calls).toEqual([]);
  });

  it('fills it from the chosen observations only, and blanks on lock like every print view', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const { connect } = servePlans(repository, { kdfIterations: 1000 });
    const panel = connect('panel');
    const plan = await panel.call('create', { id: 'p' });
    await panel.call('patch', { id: 'p', fieldId: 'nickname', value: 'JD', baseRev: plan.rev, clientId: 'panel' });
    await panel.call('setUpVault', { passphrase: 'correct horse battery' });
    const make = (id: string, date: string, flag: string) =>
      panel.call('createObservation', { planId: 'p', id, data: { observedOn: date, flags: { [flag]: true } } });
    await make('a', '2026-03-03', 'red-flag-excess-cash');
    await make('b', '2026-03-09', 'red-flag-excess-cash');
    await make('c', '2026-03-10', 'red-flag-injuries');
    render(
      <PrintPage
        client={connect('print')}
        planId="p"
        view="checklist"
        observationIds={['b', 'a']}
        flags={redFlags}
        flagSource="x"
        onPrint={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Red-flag checklist: JD' });
    const cash = screen.getByRole('row', { name: /Excess cash/ });
    expect(cash.textContent).toContain('March 3, 2026; March 9, 2026');
    expect(screen.getByRole('row', { name: /Injuries/ }).textContent).not.toContain('2026');
    expect(screen.getAllByRole('img', { name: 'Seen' })).toHaveLength(1);
    await panel.call('lock', {});
    await screen.findByText(/^Plans are locked/);
    expect(pageText()).not.toContain('March 3, 2026');
  });

  it('filled from observations of one day: the day once, in the heading and beside each flag', async () => {
    const { repository } = freshRepository();
    const { connect } = servePlans(repository);
    const panel = connect('panel');
    const plan = await panel.call('create', { id: 'p' });
    await panel.call('patch', { id: 'p', fieldId: 'nickname', value: 'JD', baseRev: plan.rev, clientId: 'panel' });
    for (const id of ['a', 'b'])
      await panel.call('createObservation', {
        planId: 'p',
        id,
        data: { observedOn: '2026-03-03', flags: { 'red-flag-excess-cash': true } },
      });
    render(
      <PrintPage
        client={connect('print')}
        planId="p"
        view="checklist"
        observationIds={['a', 'b']}
        flags={redFlags}
        flagSource="x"
        onPrint={() => {}}
      />,
    );
    await screen.findByRole('heading', { name: 'Red-flag checklist: JD' });
    expect(screen.getByText(/^Filled from/).textContent).toBe('Filled from 2 observations, March 3, 2026.');
    expect(screen.getByRole('row', { name: /Excess cash/ }).querySelector('td.when')?.textContent).toBe('March 3, 2026');
  });
});
