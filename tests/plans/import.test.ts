import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '@/utils/plans/backup';
import { createEditSession } from '@/utils/plans/edit-session';
import type { Plan } from '@/utils/plans/model';
import { freshRepository, servePlans } from './helpers';

const YEAR_3000 = Date.UTC(3000, 0, 1);

afterEach(() => vi.restoreAllMocks());

/** A plan "p" here whose coping field says `text`. */
async function planHere(text: string) {
  const made = freshRepository();
  const plan = await made.repository.create('p');
  const saved = (await made.repository.patch('p', 'coping', text, plan.rev, 'me')).plan;
  return { ...made, saved };
}

const fileCopy = (plan: Plan, coping: string, updatedAt: number): Plan => ({ ...plan, updatedAt, data: { ...plan.data, coping } });

describe('finding 5: an import that replaces a plan', () => {
  it('finding 5: keeps the replaced version as a revision', async () => {
    const { repository, clock, saved } = await planHere('what I typed here');
    clock.now += 1000;
    expect(await repository.importPlans([fileCopy(saved, 'from the file', clock.now)])).toMatchObject({ replaced: 1 });
    expect((await repository.get('p'))?.data.coping).toBe('from the file');
    expect((await repository.revisions('p')).map((r) => r.data.coping)).toContain('what I typed here');
  });

  it('finding 5: a far-future clock in a file does not make its copy win over later genuine copies', async () => {
    const { repository, clock, saved } = await planHere('genuine');
    await repository.importPlans([fileCopy(saved, 'from a file dated in the year 3000', YEAR_3000)]);
    const stored = (await repository.get('p'))!;
    expect(stored.updatedAt).toBeLessThanOrEqual(clock.now);
    // An hour later, a genuine backup made after that import is restored: it wins.
    clock.now += 3_600_000;
    expect(await repository.importPlans([fileCopy(stored, 'genuine, restored later', clock.now - 1000)])).toMatchObject({ replaced: 1 });
    expect((await repository.get('p'))?.data.coping).toBe('genuine, restored later');
  });

  it('finding 5: an editor open on the plan in another window shows the imported text', async () => {
    const { repository, clock, saved } = await planHere('old text');
    const { connect } = servePlans(repository, { now: () => clock.now });
    const editor = connect('editor-window');
    const importer = connect('import-window');
    const session = createEditSession(editor, (await editor.call('get', { id: 'p' }))!, () => {});
    editor.onEvent((e) => e.kind === 'changed' && session.receive(e.plan));
    const text = serializeBackup(createBackup([fileCopy(saved, 'imported text', clock.now + 1000)], clock.now));
    await importer.call('importBackup', { text });
    await vi.waitFor(() => expect(session.state().plan.data.coping).toBe('imported text'));
    // The editor's next keystroke in that field is a conflict, never a silent overwrite of the import.
    expect((await repository.patch('p', 'coping', 'old text, typed on', saved.rev, 'editor-window')).status).toBe('conflict');
  });
});

describe('a copy that says the same as the one here', () => {
  it('is “already here, unchanged” whatever its revision or time, so two devices never trade “updates” for ever', async () => {
    const { repository, clock, saved } = await planHere('same words');
    clock.now += 1000;
    // Device B's copy after it imported this one: a higher revision, a later time, the same words
    // (its fields in another order).
    const roundTrip = {
      ...saved,
      rev: saved.rev + 1,
      updatedAt: clock.now,
      data: Object.fromEntries(Object.entries(saved.data).reverse()),
    };
    expect(await repository.importPlans([roundTrip])).toEqual({ added: 0, replaced: 0, keptNewer: 0, same: 1 });
    expect(await repository.get('p')).toEqual(saved);
    // An older copy with the same words is not "kept because the copy here was newer" either.
    expect(await repository.importPlans([{ ...saved, rev: 1, updatedAt: 1 }])).toMatchObject({ same: 1, keptNewer: 0 });
    // Different words still replace, or are kept out when older.
    expect(await repository.importPlans([fileCopy(saved, 'other words', clock.now + 1)])).toMatchObject({ replaced: 1 });
  });
});

describe('finding 6: import is all or nothing, with the lock off too', () => {
  it('finding 6: extra data in a plan’s edit stamps is checked away before the transaction, and the import is whole', async () => {
    const { repository } = freshRepository();
    const good: Plan = { id: 'good', rev: 1, createdAt: 1, updatedAt: 1, snapshotAt: 1, data: { coping: 'fine' }, fieldStamps: {} };
    // Data the store cannot take (IndexedDB throws while writing it), hidden in an edit stamp.
    const bad = { ...good, id: 'bad', fieldStamps: { coping: { rev: 1, by: 'x', extra: () => {} } } } as unknown as Plan;
    expect(await repository.importPlans([good, bad])).toEqual({ added: 2, replaced: 0, keptNewer: 0, same: 0 });
    expect((await repository.get('bad'))?.fieldStamps).toEqual({ coping: { rev: 1, by: 'x' } });
    expect((await repository.get('good'))?.data.coping).toBe('fine');
  });

  it('finding 6: a backup file’s edit stamps are rebuilt from known parts only', () => {
    const plan: Plan = {
      id: 'p',
      rev: 2,
      createdAt: 1,
      updatedAt: 1,
      snapshotAt: 1,
      data: {},
      fieldStamps: { coping: { rev: 2, by: 'w' } },
    };
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = JSON.stringify(createBackup([plan], 0)).replace('"by":"w"', `"by":"w","deep":${deep}`);
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.plans[0]?.fieldStamps).toEqual({ coping: { rev: 2, by: 'w' } });
  });

  it('finding 6: when a write fails half-way through an import, the plans written before it are rolled back', async () => {
    const { repository, name } = freshRepository();
    const plans = ['a', 'b', 'c'].map((id): Plan => ({ id, rev: 1, createdAt: 1, updatedAt: 1, snapshotAt: 1, data: {}, fieldStamps: {} }));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(repository.importPlans(plans)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    repository.close();
    const db = await openDB(name);
    expect(await db.count('plans')).toBe(0);
    db.close();
  });
});
