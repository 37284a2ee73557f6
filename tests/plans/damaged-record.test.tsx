import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { fromBase64, toBase64, type Sealed } from '@/utils/plans/crypto';
import { freshRepository, servePlans } from './helpers';

const PASSPHRASE = 'correct horse battery';

/** Three plans with the lock on; then one bit of plan "b"'s ciphertext flips on disk. */
async function oneDamagedRecord() {
  const made = freshRepository({ kdfIterations: 1000 });
  const { repository, name, clock } = made;
  for (const id of ['a', 'b', 'c']) {
    const plan = await repository.create(id);
    clock.now += 1000;
    await repository.patch(id, 'nickname', `Plan ${id.toUpperCase()}`, plan.rev, 'me');
  }
  await repository.setUpVault(PASSPHRASE);
  const db = await openDB(name);
  const stored = (await db.get('plans', 'b')) as { enc: Sealed };
  const ct = fromBase64(stored.enc.ct);
  ct[5]! ^= 0x01;
  await db.put('plans', { ...stored, enc: { ...stored.enc, ct: toBase64(ct) } });
  db.close();
  return made;
}

const connect = (repository: ReturnType<typeof freshRepository>['repository']) =>
  servePlans(repository, { kdfIterations: 1000 }).connect('panel');

afterEach(cleanup);

describe('finding 4: one damaged record never locks the user out of the others', () => {
  it('finding 4: the list shows the damaged plan as damaged, and every other plan opens', async () => {
    const { repository } = await oneDamagedRecord();
    const list = await repository.list();
    expect(list.map((p) => [p.id, p.nickname, p.damaged ?? false])).toEqual([
      ['c', 'Plan C', false],
      ['a', 'Plan A', false],
      ['b', '', true],
    ]);
    expect((await repository.get('a'))?.data.nickname).toBe('Plan A');
    await expect(repository.get('b')).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('finding 4: export leaves the damaged plan out and says so; the encrypted export too', async () => {
    const { repository } = await oneDamagedRecord();
    const client = connect(repository);
    // The lock is on: a plain export needs its passphrase (issue #12, item 8).
    const { backup, damaged } = await client.call('exportAll', { passphrase: PASSPHRASE });
    expect(backup.plans.map((p) => p.id).sort()).toEqual(['a', 'c']);
    expect(damaged).toBe(1);
    expect((await client.call('exportEncrypted', { passphrase: 'backup passphrase' })).damaged).toBe(1);
  });

  it('finding 4: the lock can still be turned off; the damaged record stays listed, and can be deleted', async () => {
    const { repository } = await oneDamagedRecord();
    expect(await repository.disableVault(PASSPHRASE)).toBe(1);
    expect(await repository.vaultState()).toBe('none');
    expect((await repository.get('c'))?.data.nickname).toBe('Plan C');
    expect((await repository.list()).find((p) => p.id === 'b')).toMatchObject({ damaged: true });
    await repository.remove('b');
    expect((await repository.list()).map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('finding 4: the plan list says “Can’t be opened”, offers only Delete, and export says what it skipped', async () => {
    const { repository } = await oneDamagedRecord();
    const client = connect(repository);
    const user = userEvent.setup();
    const downloads: string[] = [];
    render(
      <PlansScreen
        client={client}
        entry={() => undefined}
        copyText={async () => {}}
        download={(_n, t) => downloads.push(t)}
        openPrint={() => {}}
        lockOn
      />,
    );
    const item = (await screen.findByText('Can’t be opened')).closest('li')!;
    expect(within(item).queryByRole('button', { name: 'Rename' })).toBeNull();
    expect(screen.getByText('Plan A')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Backups' }));
    await user.click(screen.getByRole('button', { name: 'Export without encryption…' }));
    await user.type(screen.getByLabelText('Passphrase of the lock'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Export as plain text' }));
    expect(await screen.findByText(/Exported 2 plans\. 1 plan could not be opened and was left out/)).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    await user.click(within(item).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByText('Can’t be opened')).toBeNull());
    expect((await repository.list()).map((p) => p.id)).toEqual(['c', 'a']);
  });
});
