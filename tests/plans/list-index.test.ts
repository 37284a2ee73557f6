import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPlanRepository, type PlanRepository } from '@/utils/plans/repository';
import { freshRepository } from './helpers';

const PASSPHRASE = 'correct horse battery';

/** What a repository opened afresh on the same database lists: every record read and opened. */
async function listedAfresh(name: string, unlockWith?: string) {
  const fresh = openPlanRepository({ name, kdfIterations: 1000 });
  if (unlockWith) await fresh.unlock(unlockWith);
  const list = await fresh.list();
  fresh.close();
  return list;
}

async function withPlans(count: number) {
  const made = freshRepository({ kdfIterations: 1000 });
  for (let i = 0; i < count; i++) {
    const plan = await made.repository.create(`p${i}`);
    made.clock.now += 1000;
    await made.repository.patch(plan.id, 'nickname', `Youth ${i}`, plan.rev, 'me');
  }
  return made;
}

const getAlls = () => vi.spyOn(IDBObjectStore.prototype, 'getAll');

afterEach(() => vi.restoreAllMocks());

describe('item 9: the plan list without reading every plan again', () => {
  it('item 9: after the first full read, listing reads no plan record, with the lock off and on', async () => {
    const { repository } = await withPlans(3);
    await repository.list();
    let reads = getAlls();
    expect((await repository.list()).map((s) => s.nickname)).toEqual(['Youth 2', 'Youth 1', 'Youth 0']);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await repository.setUpVault(PASSPHRASE);
    await repository.list();
    reads = getAlls();
    expect(await repository.list()).toHaveLength(3);
    expect(reads).not.toHaveBeenCalled();
  });

  const WRITES: Array<[string, (r: PlanRepository) => Promise<unknown>]> = [
    ['a new plan', (r) => r.create('new')],
    ['a renamed plan', async (r) => r.patch('p1', 'nickname', 'Renamed', (await r.get('p1'))!.rev, 'me')],
    ['a new review date', async (r) => r.patch('p0', 'nextReview', '2026-12-01', (await r.get('p0'))!.rev, 'me')],
    ['a duplicate', (r) => r.duplicate('p2', 'Youth 2 (copy)')],
    ['a deleted plan', (r) => r.remove('p0')],
    [
      'a restored version',
      async (r) => {
        const [version] = await r.revisions('p1');
        if (version) await r.restore('p1', version.key, 'me');
      },
    ],
    [
      'an import',
      async (r) => {
        const plans = await r.all();
        await r.importPlans([{ ...plans[0]!, id: 'imported', data: { ...plans[0]!.data, nickname: 'Imported' } }]);
      },
    ],
  ];

  it.each(WRITES)('item 9: stays in step with %s, as a full read would list it', async (_what, write) => {
    const { repository, name, clock } = await withPlans(3);
    await repository.list();
    clock.now += 120_000;
    await repository.patch('p1', 'coping', 'drawing', (await repository.get('p1'))!.rev, 'me');
    clock.now += 1000;
    await write(repository);
    expect(await repository.list()).toEqual(await listedAfresh(name));
  });

  it('item 9: a lock forgets it (it holds nicknames): locked, nothing is listed; unlocked, it is read again', async () => {
    const { repository, name } = await withPlans(2);
    await repository.setUpVault(PASSPHRASE);
    await repository.list();
    repository.lock();
    await expect(repository.list()).rejects.toMatchObject({ code: 'locked' });
    await repository.unlock(PASSPHRASE);
    const reads = getAlls();
    expect(await repository.list()).toEqual(await listedAfresh(name, PASSPHRASE));
    expect(reads).toHaveBeenCalled();
  });

  it('item 9: a full read that a lock overtakes is not kept', async () => {
    const { repository } = await withPlans(2);
    await repository.setUpVault(PASSPHRASE);
    repository.lock();
    await repository.unlock(PASSPHRASE);
    const listing = repository.list();
    repository.lock();
    await listing.catch(() => {});
    await repository.unlock(PASSPHRASE);
    const reads = getAlls();
    expect(await repository.list()).toHaveLength(2);
    expect(reads).toHaveBeenCalled();
  });
});
