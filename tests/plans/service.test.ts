import { describe, expect, it, vi } from 'vitest';
import { createPlanClient } from '@/utils/plans/client';
import type { PlanEvent } from '@/utils/plans/protocol';
import { createPlanService } from '@/utils/plans/service';
import { isOwnExtensionPage } from '@/utils/port';
import { createPortPair } from '../fake-port';
import { freshRepository } from './helpers';

function setup() {
  const { repository } = freshRepository();
  const service = createPlanService(repository, { now: () => 0 });
  const ports: Array<ReturnType<typeof createPortPair>> = [];
  const newClient = (id: string) =>
    createPlanClient(() => {
      const pair = createPortPair('plans');
      ports.push(pair);
      service.connect(pair.background);
      return pair.page;
    }, id);
  return { repository, newClient, ports };
}

describe('plan service (background writer)', () => {
  it('tells other windows about each saved edit, so they update live', async () => {
    const { newClient } = setup();
    const a = newClient('A');
    const b = newClient('B');
    const events: PlanEvent[] = [];
    b.onEvent((e) => events.push(e));
    const plan = await a.call('create', { id: 'p' });
    await a.call('patch', { id: 'p', fieldId: 'codeWord', value: 'sunflower', baseRev: plan.rev, clientId: 'A' });
    await vi.waitFor(() =>
      expect(events.some((e) => e.kind === 'changed' && e.plan.data.codeWord === 'sunflower' && e.by === 'A')).toBe(true),
    );
    expect(events.some((e) => e.kind === 'list-changed')).toBe(true);
  });

  it('answers every keystroke, writes the last one, and collapses a backlog', async () => {
    const { newClient, repository } = setup();
    const client = newClient('A');
    const plan = await client.call('create', { id: 'p' });
    const typed = 'I feel safe at my aunt’s house';
    const acks = await Promise.all(
      [...typed].map((_, i) =>
        client.call('patch', { id: 'p', fieldId: 'coping', value: typed.slice(0, i + 1), baseRev: plan.rev, clientId: 'A' }),
      ),
    );
    expect(acks).toHaveLength(typed.length);
    expect(acks.every((r) => r.status === 'saved')).toBe(true);
    const stored = await repository.get('p');
    expect(stored?.data.coping).toBe(typed);
    expect(stored!.rev - plan.rev).toBeLessThan(typed.length);
  });

  it('refuses an invalid or oversized value and writes nothing', async () => {
    const { newClient, repository } = setup();
    const client = newClient('A');
    const plan = await client.call('create', { id: 'p' });
    await expect(
      client.call('patch', { id: 'p', fieldId: 'coping', value: 'x'.repeat(20_001), baseRev: plan.rev, clientId: 'A' }),
    ).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/too long.*Nothing was changed/),
    });
    await expect(
      client.call('patch', { id: 'p', fieldId: 'notAField', value: 'x', baseRev: plan.rev, clientId: 'A' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect((await repository.get('p'))?.rev).toBe(plan.rev);
  });

  it('tells every open page about a blocked upgrade', async () => {
    const { repository } = freshRepository();
    const service = createPlanService(repository);
    const pair = createPortPair('plans');
    service.connect(pair.background);
    const seen: unknown[] = [];
    pair.page.onMessage.addListener((m) => seen.push(m));
    service.warn('blocked');
    await vi.waitFor(() =>
      expect(seen).toEqual([{ kind: 'problem', code: 'blocked', message: expect.stringMatching(/Close other windows/) }]),
    );
  });

  it('ignores malformed messages instead of crashing', async () => {
    const { newClient, ports } = setup();
    const client = newClient('A');
    for (const junk of [null, 42, 'hi', { kind: 'request' }, { kind: 'request', seq: 1, method: 'dropTables', args: {} }])
      ports[0]!.page.postMessage(junk);
    await expect(client.call('list', {})).resolves.toEqual([]);
  });

  it('resends unanswered writes after the background restarts, and loses none', async () => {
    const { repository } = freshRepository();
    const service = createPlanService(repository);
    let current: ReturnType<typeof createPortPair> | undefined;
    let connections = 0;
    const client = createPlanClient(() => {
      connections++;
      current = createPortPair('plans');
      service.connect(current.background);
      return current.page;
    }, 'A');
    const plan = await client.call('create', { id: 'p' });
    // The service worker dies before the write reaches it: the port closes, the message is lost.
    const write = client.call('patch', { id: 'p', fieldId: 'coping', value: 'drawing', baseRev: plan.rev, clientId: 'A' });
    current!.background.disconnect();
    await expect(write).resolves.toMatchObject({ status: 'saved' });
    expect(connections).toBe(2);
    expect((await repository.get('p'))?.data.coping).toBe('drawing');
  });
});

describe('observations through the plan service', () => {
  it('streams observation keystrokes like plan fields: every one answered, the last one written, a backlog collapsed', async () => {
    const { newClient, repository } = setup();
    const client = newClient('A');
    await client.call('create', { id: 'p' });
    const observation = await client.call('createObservation', { planId: 'p', id: 'o', data: { observedOn: '2026-03-03' } });
    const typed = 'Had two new phones and would not say where from ✓';
    const acks = await Promise.all(
      [...typed].map((_, i) =>
        client.call('patchObservation', {
          id: 'o',
          fieldId: 'seen',
          value: typed.slice(0, i + 1),
          baseRev: observation.rev,
          clientId: 'A',
        }),
      ),
    );
    expect(acks.every((r) => r.status === 'saved')).toBe(true);
    const [stored] = (await repository.observations('p')).observations;
    expect(stored?.data.seen).toBe(typed);
    expect(stored!.rev - observation.rev).toBeLessThan(typed.length);
  });

  it('tells other windows when an observation is created, written or deleted', async () => {
    const { newClient } = setup();
    const a = newClient('A');
    const b = newClient('B');
    const events: PlanEvent[] = [];
    b.onEvent((e) => events.push(e));
    await a.call('create', { id: 'p' });
    const o = await a.call('createObservation', { planId: 'p', id: 'o', data: { observedOn: '2026-03-03' } });
    await a.call('patchObservation', { id: 'o', fieldId: 'seen', value: 'noted', baseRev: o.rev, clientId: 'A' });
    await a.call('removeObservation', { id: 'o' });
    await vi.waitFor(() =>
      expect(events.map((e) => (e.kind === 'observation-changed' ? `${e.kind}:${e.observation.data.seen ?? ''}:${e.by}` : e.kind))).toEqual(
        expect.arrayContaining(['observation-changed::', 'observation-changed:noted:A', 'observation-removed']),
      ),
    );
  });
});

describe('who may talk to privileged handlers', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it.each([
    [{ id, url: `${origin}sidepanel.html` }, true],
    [{ id, url: `${origin}popup.html` }, true],
    [{ id, url: 'https://case-system.example/page' }, false],
    [{ id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }, false],
    [{ id }, false],
    [undefined, false],
  ])('%j → %s', (sender, allowed) => {
    expect(isOwnExtensionPage(sender, id, origin)).toBe(allowed);
  });
});

describe('passphrase lock through the service', () => {
  it('sets up, locks, refuses plan access while locked, unlocks — and tells other windows', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const keys: Array<Uint8Array | null> = [];
    const service = createPlanService(repository, { onKey: (raw) => keys.push(raw), kdfIterations: 1000 });
    const connect = (id: string) =>
      createPlanClient(() => {
        const pair = createPortPair('plans');
        service.connect(pair.background);
        return pair.page;
      }, id);
    const a = connect('A');
    const b = connect('B');
    const events: PlanEvent[] = [];
    b.onEvent((e) => events.push(e));
    expect(await a.call('vaultStatus', {})).toBe('none');
    await a.call('create', { id: 'p' });
    await a.call('setUpVault', { passphrase: 'correct horse battery' });
    expect(keys.at(-1)).toHaveLength(32);
    await a.call('lock', {});
    expect(keys.at(-1)).toBeNull();
    await vi.waitFor(() => expect(events).toContainEqual({ kind: 'vault', state: 'locked' }));
    await expect(b.call('list', {})).rejects.toMatchObject({ code: 'locked' });
    await expect(b.call('unlock', { passphrase: 'nope nope nope' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await b.call('unlock', { passphrase: 'correct horse battery' });
    expect(await a.call('list', {})).toHaveLength(1);
    service.lockNow();
    await expect(a.call('get', { id: 'p' })).rejects.toMatchObject({ code: 'locked' });
  });

  it('exports a backup only its passphrase opens, and imports it back', async () => {
    const { repository } = freshRepository();
    const service = createPlanService(repository, { kdfIterations: 1000 });
    const client = createPlanClient(() => {
      const pair = createPortPair('plans');
      service.connect(pair.background);
      return pair.page;
    }, 'A');
    const plan = await client.call('create', { id: 'p' });
    await client.call('patch', { id: 'p', fieldId: 'codeWord', value: 'lighthouse', baseRev: plan.rev, clientId: 'A' });
    const { text: file } = await client.call('exportEncrypted', { passphrase: 'backup passphrase' });
    expect(file).not.toContain('lighthouse');
    await client.call('remove', { id: 'p' });
    await expect(client.call('importBackup', { text: file })).rejects.toMatchObject({
      code: 'wrong-passphrase',
      message: expect.stringMatching(/protected by a passphrase/),
    });
    await expect(client.call('importBackup', { text: file, passphrase: 'wrong one!!' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    expect(await client.call('importBackup', { text: file, passphrase: 'backup passphrase' })).toEqual({
      added: 1,
      replaced: 0,
      keptNewer: 0,
      same: 0,
    });
    expect((await client.call('get', { id: 'p' }))?.data.codeWord).toBe('lighthouse');
  });
});
