import { describe, expect, it } from 'vitest';
import { importDataKey, newDataKeyBytes } from '@/utils/plans/crypto';
import { createKeyState } from '@/utils/plans/key-state';
import { freshRepository } from './helpers';

async function openVault() {
  const raw = newDataKeyBytes();
  return { raw, key: await importDataKey(raw) };
}

describe('info 17: key bytes in memory', () => {
  it('info 17: locking zeroes the data key’s bytes the repository held', async () => {
    const keys = createKeyState();
    const vault = await openVault();
    expect(keys.open(vault, keys.epoch())).toBe(true);
    keys.lock();
    expect(keys.current()).toBeUndefined();
    expect([...vault.raw].every((b) => b === 0)).toBe(true);
  });

  it('info 17: key bytes that arrive after a lock are zeroed, not kept', async () => {
    const keys = createKeyState();
    const since = keys.epoch();
    keys.lock();
    const late = await openVault();
    expect(keys.open(late, since)).toBe(false);
    expect([...late.raw].every((b) => b === 0)).toBe(true);
  });

  it('info 17: the repository hands out copies, so locking never zeroes a caller’s bytes', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const raw = await repository.setUpVault('correct horse battery');
    const copy = raw.slice();
    repository.lock();
    expect(raw).toEqual(copy);
    expect([...raw].some((b) => b !== 0)).toBe(true);
  });
});
