import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanStorageError } from '@/utils/plans/errors';
import { MAX_REVISIONS, openPlanRepository, SNAPSHOT_EVERY_MS } from '@/utils/plans/repository';
import { DB_VERSION, UPGRADES } from '@/utils/plans/schema-upgrades';
import { freshRepository } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('plan repository', () => {
  it('creates a plan with the national numbers and the services prefilled', async () => {
    const { repository } = freshRepository();
    const plan = await repository.create('p1');
    expect(plan.id).toBe('p1');
    const numbers = plan.data.numbers as Array<Record<string, string>>;
    expect(numbers.map((r) => r.number)).toContain('1-888-373-7888');
    expect(numbers.map((r) => r.label)).toEqual(expect.arrayContaining(['Social worker (CSW)', 'DCFS Command Post', 'CASA']));
    expect(numbers.find((r) => r.label === 'DCFS Command Post')?.number).toBe('');
    expect(await repository.get('p1')).toEqual(plan);
    expect(await repository.create('p1')).toEqual(plan); // repeated create: same plan, not two
    expect(await repository.list()).toHaveLength(1);
  });

  it('saves each edit, bumps the revision, and lists by last change', async () => {
    const { repository, clock } = freshRepository();
    const a = await repository.create('a');
    await repository.create('b');
    clock.now += 1000;
    const saved = await repository.patch('a', 'nickname', 'JD', a.rev, 'me');
    expect(saved.status).toBe('saved');
    expect(saved.plan.rev).toBe(a.rev + 1);
    expect((await repository.get('a'))?.data.nickname).toBe('JD');
    expect((await repository.list()).map((s) => [s.id, s.nickname])).toEqual([
      ['a', 'JD'],
      ['b', ''],
    ]);
  });

  it('never lets an older copy silently overwrite newer text in the same field', async () => {
    const { repository } = freshRepository();
    const plan = await repository.create('p');
    await repository.patch('p', 'codeWord', 'blue', plan.rev, 'window-A');
    const stale = await repository.patch('p', 'codeWord', 'green', plan.rev, 'window-B');
    expect(stale.status).toBe('conflict');
    expect(stale.plan.data.codeWord).toBe('blue');
    expect((await repository.get('p'))?.data.codeWord).toBe('blue');
    // A different field from the same stale copy is fine: nobody else changed it.
    expect((await repository.patch('p', 'warningSigns', 'late nights', plan.rev, 'window-B')).status).toBe('saved');
    // A window's own earlier writes never conflict with its later ones.
    expect((await repository.patch('p', 'codeWord', 'blue!', plan.rev, 'window-A')).status).toBe('saved');
  });

  it('keeps distinct earlier versions, at most one a minute and at most 50', async () => {
    const { repository, clock } = freshRepository();
    let plan = await repository.create('p');
    for (let i = 0; i < MAX_REVISIONS + 10; i++) {
      clock.now += SNAPSHOT_EVERY_MS;
      plan = (await repository.patch('p', 'coping', `version ${i}`, plan.rev, 'me')).plan;
      plan = (await repository.patch('p', 'coping', `version ${i}, typed on`, plan.rev, 'me')).plan;
    }
    const revisions = await repository.revisions('p');
    expect(revisions).toHaveLength(MAX_REVISIONS);
    expect(revisions[0]?.data.coping).toBe(`version ${MAX_REVISIONS + 8}, typed on`);
    expect(new Set(revisions.map((r) => JSON.stringify(r.data))).size).toBe(revisions.length);
  });

  it('restores an earlier version and keeps the replaced one', async () => {
    const { repository, clock } = freshRepository();
    let plan = await repository.create('p');
    plan = (await repository.patch('p', 'coping', 'music', plan.rev, 'me')).plan;
    clock.now += SNAPSHOT_EVERY_MS;
    await repository.patch('p', 'coping', 'music and walks', plan.rev, 'me');
    const [old] = await repository.revisions('p');
    expect(old?.data.coping).toBe('music');
    const restored = await repository.restore('p', old!.key, 'me');
    expect(restored.data.coping).toBe('music');
    expect((await repository.revisions('p')).map((r) => r.data.coping)).toContain('music and walks');
  });

  it('deletes a plan together with all its revisions', async () => {
    const { repository, clock, name } = freshRepository();
    let plan = await repository.create('p');
    for (let i = 0; i < 3; i++) {
      clock.now += SNAPSHOT_EVERY_MS;
      plan = (await repository.patch('p', 'coping', `v${i}`, plan.rev, 'me')).plan;
    }
    expect((await repository.revisions('p')).length).toBeGreaterThan(0);
    await repository.remove('p');
    repository.close();
    const db = await openDB(name);
    expect(await db.count('plans')).toBe(0);
    expect(await db.count('revisions')).toBe(0);
    db.close();
  });

  it('duplicates a plan under a new id', async () => {
    const { repository } = freshRepository();
    const plan = await repository.create('p');
    await repository.patch('p', 'codeWord', 'sunflower', plan.rev, 'me');
    const copy = await repository.duplicate('p', 'JD (copy)');
    expect(copy.id).not.toBe('p');
    expect(copy.data.codeWord).toBe('sunflower');
    expect(copy.data.nickname).toBe('JD (copy)');
    await expect(repository.duplicate('missing', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('imports atomically, keeping the newer copy of a plan already here', async () => {
    const { repository, clock } = freshRepository();
    const here = await repository.create('shared');
    clock.now += 10_000;
    const newerHere = (await repository.patch('shared', 'codeWord', 'here', here.rev, 'me')).plan;
    const olderInFile = { ...newerHere, updatedAt: newerHere.updatedAt - 5000, data: { codeWord: 'file' } };
    const fresh = { ...newerHere, id: 'new-one', data: { codeWord: 'new' } };
    expect(await repository.importPlans([olderInFile, fresh])).toEqual({ added: 1, replaced: 0, keptNewer: 1, same: 0 });
    expect((await repository.get('shared'))?.data.codeWord).toBe('here');
    const newerInFile = { ...newerHere, updatedAt: newerHere.updatedAt + 5000, data: { codeWord: 'file' } };
    expect(await repository.importPlans([newerInFile])).toEqual({ added: 0, replaced: 1, keptNewer: 0, same: 0 });
    expect((await repository.get('shared'))?.data.codeWord).toBe('file');
  });

  it('opens every read-write transaction with strict durability', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { repository, clock } = freshRepository();
    let plan = await repository.create('p');
    clock.now += SNAPSHOT_EVERY_MS;
    plan = (await repository.patch('p', 'coping', 'x', plan.rev, 'me')).plan;
    await repository.duplicate('p', 'copy');
    const [rev] = await repository.revisions('p');
    await repository.restore('p', rev!.key, 'me');
    await repository.importPlans([plan]);
    await repository.remove('p');
    const writes = spy.mock.calls.filter((c) => c[1] === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(6);
    for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
  });

  it('says “quota” when the disk is full, and the last saved version stays intact', async () => {
    const { repository } = freshRepository();
    const plan = await repository.create('p');
    await repository.patch('p', 'coping', 'saved text', plan.rev, 'me');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await repository.patch('p', 'coping', 'new text', plan.rev + 1, 'me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanStorageError);
    expect((error as PlanStorageError).code).toBe('quota');
    expect((error as PlanStorageError).message).toMatch(/no storage space left.*last saved version is intact/);
    vi.restoreAllMocks();
    expect((await repository.get('p'))?.data.coping).toBe('saved text');
  });

  it('says plans cannot be saved when the browser refuses storage (private windows)', async () => {
    const original = globalThis.indexedDB;
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    Object.defineProperty(globalThis, 'indexedDB', { value: refusing, configurable: true });
    try {
      const repository = openPlanRepository({ name: 'private' });
      await expect(repository.list()).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/private window/) });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });
});

describe('schema upgrades', () => {
  it.each(Array.from({ length: DB_VERSION }, (_, v) => v))('upgrades a version-%i database with its data intact', async (from) => {
    const name = `upgrade-from-${from}-${Math.random()}`;
    if (from > 0) {
      const old = await openDB(name, from, {
        upgrade(db, oldVersion, _newVersion, tx) {
          for (let v = oldVersion; v < from; v++) UPGRADES[v]?.(db, tx as never);
        },
      });
      await old.put('plans', {
        id: 'old',
        rev: 3,
        createdAt: 1,
        updatedAt: 2,
        snapshotAt: 2,
        data: { nickname: 'AB', coping: 'drawing' },
        fieldStamps: {},
      });
      old.close();
    }
    const repository = openPlanRepository({ name });
    const list = await repository.list();
    if (from > 0) {
      expect(list).toEqual([{ id: 'old', nickname: 'AB', updatedAt: 2, nextReview: '' }]);
      expect((await repository.get('old'))?.data.coping).toBe('drawing');
    }
    expect(await repository.revisions('old')).toEqual([]);
    repository.close();
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'observationRevisions', 'observations', 'plans', 'revisions']);
    expect([...db.transaction('observations').store.indexNames]).toEqual(['byPlan']);
    db.close();
  });

  it('says so when an old copy of the extension blocks the upgrade, and finishes once it closes', async () => {
    const name = `blocked-${Math.random()}`;
    const old = await openDB(name, 1, { upgrade: (db, _o, _n, tx) => UPGRADES[0]?.(db, tx as never) });
    const onBlocked = vi.fn();
    const listing = openPlanRepository({ name, onBlocked }).list();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    await expect(listing).resolves.toEqual([]);
  });

  it('steps aside when a newer version needs to upgrade, then reopens', async () => {
    const { repository, name } = freshRepository();
    await repository.create('p');
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('extra') });
    newer.close();
    await expect(repository.get('p')).rejects.toMatchObject({ code: 'upgrade-failed' });
  });

  it('reports a failed upgrade and leaves the old data untouched', async () => {
    const name = `newer-${Math.random()}`;
    const newer = await openDB(name, DB_VERSION + 5, { upgrade: (db) => void db.createObjectStore('plans', { keyPath: 'id' }) });
    await newer.put('plans', { id: 'keep' });
    newer.close();
    await expect(openPlanRepository({ name }).list()).rejects.toMatchObject({ code: 'upgrade-failed' });
    const db = await openDB(name);
    expect(await db.get('plans', 'keep')).toEqual({ id: 'keep' });
    db.close();
  });
});
