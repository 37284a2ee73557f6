import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@/utils/plans/backup';
import type { PlanRepository } from '@/utils/plans/repository';
import { freshRepository, servePlans } from './helpers';

const PASSPHRASE = 'correct horse battery';

async function lockedVault() {
  const made = freshRepository({ kdfIterations: 1000 });
  await made.repository.create('p');
  const raw = await made.repository.setUpVault(PASSPHRASE);
  made.repository.lock();
  return { ...made, raw };
}

describe('finding 1: a lock always wins', () => {
  it('finding 1: a lock while an unlock is still deriving its key leaves the vault locked', async () => {
    const { repository } = await lockedVault();
    const unlocking = repository.unlock(PASSPHRASE);
    repository.lock();
    await expect(unlocking).rejects.toMatchObject({ code: 'locked' });
    expect(await repository.vaultState()).toBe('locked');
    await expect(repository.get('p')).rejects.toMatchObject({ code: 'locked' });
  });

  it('finding 1: a lock while a session-key restore is under way leaves the vault locked', async () => {
    const { repository, raw } = await lockedVault();
    const since = repository.lockEpoch();
    repository.lock();
    await expect(repository.useKey(raw, since)).rejects.toMatchObject({ code: 'locked' });
    expect(await repository.vaultState()).toBe('locked');
    // A restore that began after the lock is a deliberate one, and opens.
    await repository.useKey(raw);
    expect(await repository.vaultState()).toBe('unlocked');
  });

  it('finding 1: Lock now and Hide are answered at once, not behind a slow import, and an unlock sent earlier cannot reopen', async () => {
    const { repository } = await lockedVault();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // An import that takes as long as the test says (a 10M-iteration encrypted backup would).
    const slow: PlanRepository = {
      ...repository,
      importPlans: async (plans) => {
        await gate;
        return repository.importPlans(plans);
      },
    };
    const { connect } = servePlans(slow);
    const a = connect();
    const b = connect();
    const importing = a.call('importBackup', { text: serializeBackup(createBackup([], 0)) }).catch(() => {});
    const unlocking = a.call('unlock', { passphrase: PASSPHRASE }).then(
      () => 'unlocked',
      (e: { code: string }) => e.code,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const locking = b.call('lock', {}).then(() => 'lock answered');
    const first = await Promise.race([locking, new Promise((resolve) => setTimeout(() => resolve('lock still waiting'), 200))]);
    release();
    await importing;
    expect(first).toBe('lock answered');
    expect(await unlocking).toBe('locked');
    expect(await b.call('vaultStatus', {})).toBe('locked');
  });

  it('Hide or Lock now right after fast typing: every keystroke sent before it is saved, then the lock is on', async () => {
    const made = freshRepository({ kdfIterations: 1000 });
    await made.repository.create('p');
    await made.repository.setUpVault(PASSPHRASE);
    // Each write takes a moment, as an encrypted write on a busy machine does.
    const slowish: PlanRepository = {
      ...made.repository,
      patch: async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 15));
        return made.repository.patch(...args);
      },
    };
    const page = servePlans(slowish).connect('panel');
    const plan = (await page.call('get', { id: 'p' }))!;
    const writes: Array<Promise<unknown>> = [];
    let typed = '';
    for (const ch of 'the last words') {
      typed += ch;
      writes.push(page.call('patch', { id: 'p', fieldId: 'coping', value: typed, baseRev: plan.rev, clientId: 'panel' }));
    }
    await page.call('lock', {});
    expect((await Promise.allSettled(writes)).map((w) => w.status)).toEqual(writes.map(() => 'fulfilled'));
    expect(await page.call('vaultStatus', {})).toBe('locked');
    await made.repository.unlock(PASSPHRASE);
    expect((await made.repository.get('p'))?.data.coping).toBe('the last words');
  });
});
