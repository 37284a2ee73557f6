import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from '@/utils/plans/errors';
import { freshRepository, servePlans } from './helpers';

afterEach(() => vi.restoreAllMocks());

/** What Chrome's IndexedDB throws when the disk under the profile is full. */
const diskFull = () => new DOMException('Internal error: IO error: 000005.log: No space left on device', 'UnknownError');

/** The repository's own database connection, caught as it opens. */
function catchConnection() {
  const open = IDBFactory.prototype.open;
  const opened: IDBDatabase[] = [];
  vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(function (this: IDBFactory, ...args) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => opened.push(request.result));
    return request;
  });
  return opened;
}

describe('finding 10: a full disk', () => {
  it('finding 10: is reported as a full disk, not as a private window', () => {
    const error = classifyStorageError(diskFull());
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/no storage space left/);
    expect(error.message).not.toMatch(/private window/);
  });

  it('finding 10: when storage is refused for another reason, the message does not claim it is a private window', () => {
    const error = classifyStorageError(new DOMException('Internal error opening backing store.', 'UnknownError'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/disk is full/);
  });

  it('finding 10: reading and exporting still work after a failed write made the browser close the connection', async () => {
    const opened = catchConnection();
    const { repository } = freshRepository();
    const client = servePlans(repository).connect();
    const plan = await client.call('create', { id: 'p' });
    await client.call('patch', { id: 'p', fieldId: 'coping', value: 'saved before the disk filled', baseRev: plan.rev, clientId: 'x' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw diskFull();
    });
    await expect(
      client.call('patch', { id: 'p', fieldId: 'coping', value: 'typed on a full disk', baseRev: plan.rev + 1, clientId: 'x' }),
    ).rejects.toMatchObject({ code: 'quota' });
    // Chrome then closes the database connection, here while a read is on its way: it must not fail because of it.
    const listing = client.call('list', {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    forceCloseDatabase(opened.at(-1) as never);
    expect((await listing).map((p) => p.id)).toEqual(['p']);
    const { backup } = await client.call('exportAll', {});
    expect(backup.plans[0]?.data.coping).toBe('saved before the disk filled');
  });
});
