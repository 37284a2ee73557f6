import { afterEach, describe, expect, it, vi } from 'vitest';

/** links.ts reads the address once, as it loads: each test loads it anew on its own address. */
async function linksAt(hash: string) {
  history.replaceState(null, '', `/sidepanel.html${hash}`);
  vi.resetModules();
  return import('@/entrypoints/sidepanel/links');
}

describe('the panel’s address, once its observation is found missing (helper-77)', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('drops the observation from the address and from what is handed to the plans, and keeps the rest', async () => {
    const links = await linksAt('#plan=p1&view=observations&observation=gone');
    expect(links.linkedObservations).toEqual({ observationId: 'gone' });
    links.forgetLinkedObservation();
    expect(location.hash).toBe('#plan=p1&view=observations');
    expect(links.linkedObservations?.observationId).toBeUndefined();
    // A reload reads the plan's observations, and no observation to look for.
    expect((await linksAt(location.hash)).linkedObservations).toEqual({ observationId: undefined });
  });

  it('leaves no empty “#” behind when the observation was all there was', async () => {
    const links = await linksAt('#observation=gone');
    links.forgetLinkedObservation();
    expect(location.hash).toBe('');
  });
});
