import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { linkedPlanOf, startPanel } from '@/entrypoints/sidepanel/boot';
import { newObservationData } from '@/utils/plans/observation-model';
import type { PlanRepository } from '@/utils/plans/repository';
import { createPlanService } from '@/utils/plans/service';
import type { PortLike } from '@/utils/port';
import { createPortPair } from './fake-port';
import { freshRepository } from './plans/helpers';
import { renderPlansScreen } from './plans/render-plans';

afterEach(cleanup);

/** A panel started on `hash` against a real plan service; `sent` lists the methods it asked for, in order. */
function boot(repository: PlanRepository, hash: string) {
  const service = createPlanService(repository, { kdfIterations: 1000 });
  const sent: string[] = [];
  const connect = (): PortLike => {
    const pair = createPortPair('plans');
    service.connect(pair.background);
    const post = pair.page.postMessage.bind(pair.page);
    pair.page.postMessage = (message: unknown) => {
      sent.push((message as { method: string }).method);
      post(message);
    };
    return pair.page;
  };
  return { panel: startPanel(linkedPlanOf(hash), connect), sent };
}

async function planNamed(repository: PlanRepository, nickname: string) {
  const plan = await repository.create('p');
  await repository.patch('p', 'nickname', nickname, plan.rev, 'test');
  await repository.createObservation('p', 'o', { ...newObservationData('2026-03-03'), seen: 'Quiet at the visit.' });
}

describe('the side panel asks for what its address names at start-up', () => {
  it('reads the address: a plan, its observations, one observation', () => {
    expect(linkedPlanOf('#plan=p&view=observations')).toEqual({ planId: 'p', observations: { observationId: undefined } });
    expect(linkedPlanOf('#plan=p&observation=o')).toEqual({ planId: 'p', observations: { observationId: 'o' } });
    expect(linkedPlanOf('#plan=p')).toEqual({ planId: 'p', observations: undefined });
    expect(linkedPlanOf('')).toEqual({ planId: undefined, observations: undefined });
  });

  it('asks for the plan and its observations with the list, before any screen is drawn, and hands each out once', async () => {
    const { repository } = freshRepository();
    await planNamed(repository, 'Maya');
    const { panel, sent } = boot(repository, '#plan=p&view=observations');
    expect(sent).toEqual(['vaultStatus', 'list', 'get', 'observations']);
    expect(panel.takePlan('someone-else')).toBeUndefined();
    expect((await panel.takePlan('p'))?.data.nickname).toBe('Maya');
    expect(panel.takePlan('p')).toBeUndefined();
    expect((await panel.takeObservations('p'))?.observations.map((o) => o.data.seen)).toEqual(['Quiet at the visit.']);
    expect(panel.takeObservations('p')).toBeUndefined();
  });

  it('asks for no plan when the address names none, and no observations when they are not shown', async () => {
    const { repository } = freshRepository();
    await planNamed(repository, 'Maya');
    const none = boot(repository, '');
    expect(none.sent).toEqual(['vaultStatus', 'list']);
    expect(none.panel.takePlan('p')).toBeUndefined();
    const planOnly = boot(repository, '#plan=p');
    expect(planOnly.sent).toEqual(['vaultStatus', 'list', 'get']);
    expect(planOnly.panel.takeObservations('p')).toBeUndefined();
  });

  it('opens the plan from the answer already asked for, without asking again', async () => {
    const { repository } = freshRepository();
    await planNamed(repository, 'Maya');
    const { panel, sent } = boot(repository, '#plan=p');
    renderPlansScreen(panel.client, { initialPlanId: 'p', askedList: panel.takeList, askedPlan: panel.takePlan });
    expect(await screen.findByRole('heading', { name: /Maya/ })).toBeTruthy();
    expect(sent.filter((m) => m === 'get')).toHaveLength(1);
  });

  it('asked while the plans were locked, the plan still opens after the unlock', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    await planNamed(repository, 'Maya');
    await repository.setUpVault('correct horse battery');
    repository.lock();
    const { panel } = boot(repository, '#plan=p&view=observations');
    await expect(panel.takeVault()).resolves.toBe('locked');
    await repository.unlock('correct horse battery');
    // The lock screen gave way: the plans screen mounts and takes the refused answers.
    renderPlansScreen(panel.client, { initialPlanId: 'p', initialObservations: {}, askedPlan: panel.takePlan });
    expect((await screen.findByText('Quiet at the visit.')).className).toBe('observation-preview');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
