import { describe, expect, it } from 'vitest';
import { freshRepository, servePlans } from './helpers';

const PASSPHRASE = 'correct horse battery';

async function lockedOnWithPlan() {
  const { repository, clock } = freshRepository({ kdfIterations: 1000 });
  const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
  const plan = await client.call('create', { id: 'p' });
  await client.call('patch', { id: 'p', fieldId: 'codeWord', value: 'lighthouse', baseRev: plan.rev, clientId: 'panel' });
  await client.call('setUpVault', { passphrase: PASSPHRASE });
  return { client, repository, clock };
}

describe('item 8: a plain export needs the lock’s passphrase while the lock is on', () => {
  it('item 8: without the passphrase, or with a wrong one, nothing is exported; a wrong one counts as a mistake', async () => {
    const { client, repository, clock } = await lockedOnWithPlan();
    await expect(client.call('exportAll', {})).rejects.toMatchObject({ code: 'invalid', message: 'Enter the passphrase of the lock.' });
    for (let i = 0; i < 3; i++) {
      await expect(client.call('exportAll', { passphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    // The fourth mistake starts the growing wait, for unlocking too: the same counter.
    await expect(client.call('exportAll', { passphrase: 'still not it' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(client.call('exportAll', { passphrase: PASSPHRASE })).rejects.toMatchObject({ message: /Try again in \d+ seconds/ });
    repository.lock();
    await expect(client.call('unlock', { passphrase: PASSPHRASE })).rejects.toMatchObject({ message: /Try again in \d+ seconds/ });
    clock.now += 10 * 60_000;
    await client.call('unlock', { passphrase: PASSPHRASE });
  });

  it('item 8: with the passphrase, every plan is exported', async () => {
    const { client } = await lockedOnWithPlan();
    const { backup } = await client.call('exportAll', { passphrase: PASSPHRASE });
    expect(backup.plans.map((p) => p.data.codeWord)).toEqual(['lighthouse']);
  });

  it('item 8: without the lock, no passphrase is asked for', async () => {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    expect((await client.call('exportAll', {})).backup.plans).toHaveLength(1);
  });
});
