import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newObservationData } from '@/utils/plans/observation-model';
import { SNAPSHOT_EVERY_MS } from '@/utils/plans/repository';
import { freshRepository, servePlans } from './helpers';

/**
 * helper-68: after "Change passphrase", the old passphrase still opened every plan. The data key
 * was only re-wrapped, and the browser's files keep the replaced vault record for a while: put
 * back, it let the old passphrase unlock the plans as they are now. The side panel now asks for
 * a new data key, so nothing written with it opens with the old passphrase.
 */
const OLD = 'correct horse battery';
const NEW = 'new longer passphrase';
const CANARY = 'CANARY-rotation-4e1d-blue-car';

async function lockedWithEverything() {
  const made = freshRepository({ kdfIterations: 1000 });
  const { repository, clock } = made;
  let plan = await repository.create('p');
  plan = (await repository.patch('p', 'codeWord', `${CANARY} first`, plan.rev, 'me')).plan;
  clock.now += SNAPSHOT_EVERY_MS;
  await repository.patch('p', 'codeWord', `${CANARY} now`, plan.rev, 'me');
  await repository.createObservation('p', 'o1', { ...newObservationData('2026-03-03'), seen: `${CANARY} seen` });
  await repository.setUpVault(OLD);
  return made;
}

async function vaultRecord(name: string, replacement?: unknown): Promise<unknown> {
  const db = await openDB(name);
  try {
    if (replacement) await db.put('meta', replacement);
    return await db.get('meta', 'vault');
  } finally {
    db.close();
  }
}

describe('changing the passphrase with a new key (what the side panel asks for)', () => {
  it('the old passphrase, with the old vault record put back, opens no plan, earlier version or observation', async () => {
    const { repository, name } = await lockedWithEverything();
    const stale = await vaultRecord(name);
    await repository.changePassphrase(OLD, NEW, { newKey: true });

    // What someone who saw the old passphrase could do with a copy of the browser's files.
    const current = await vaultRecord(name);
    await vaultRecord(name, stale);
    repository.lock();
    await repository.unlock(OLD);
    const read = await repository.readAll();
    expect(read.plans).toEqual([]);
    expect(read.damaged).toEqual(['p']);
    expect((await repository.allObservations()).observations).toEqual([]);

    // The advocate, with the new passphrase, reads everything as it was.
    await vaultRecord(name, current);
    repository.lock();
    await expect(repository.unlock(OLD)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await repository.unlock(NEW);
    expect((await repository.get('p'))?.data.codeWord).toBe(`${CANARY} now`);
    expect((await repository.revisions('p')).map((r) => r.data.codeWord)).toContain(`${CANARY} first`);
    expect((await repository.observations('p')).observations.map((o) => o.data.seen)).toEqual([`${CANARY} seen`]);
  });

  it('through the service: the session keeps the new key, so a restarted worker reopens the plans', async () => {
    const { repository } = await lockedWithEverything();
    const keys: Array<Uint8Array | null> = [];
    const client = servePlans(repository, { onKey: (raw) => keys.push(raw && raw.slice()), kdfIterations: 1000 }).connect('A');
    await client.call('unlock', { passphrase: OLD });
    const before = keys.at(-1)!;
    await client.call('changePassphrase', { current: OLD, next: NEW, newKey: true });
    const after = keys.at(-1)!;
    expect(after).toHaveLength(32);
    expect(Array.from(after)).not.toEqual(Array.from(before));

    // The worker stops while unlocked; the next one restores the key kept in session storage.
    repository.lock();
    await repository.useKey(after as Uint8Array<ArrayBuffer>);
    expect((await repository.get('p'))?.data.codeWord).toBe(`${CANARY} now`);
  });

  it('a request whose newKey is not a yes or no is refused, and the passphrase is unchanged', async () => {
    const { repository } = await lockedWithEverything();
    const client = servePlans(repository, { kdfIterations: 1000 }).connect('A');
    await expect(client.call('changePassphrase', { current: OLD, next: NEW, newKey: 'yes' as unknown as boolean })).rejects.toMatchObject({
      code: 'invalid',
    });
    repository.lock();
    await repository.unlock(OLD);
  });
});
