import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptBackup, ENCRYPTED_BACKUP_FORMAT } from '@/utils/plans/backup';
import {
  fromBase64,
  importDataKey,
  KDF_ITERATIONS,
  newDataKeyBytes,
  open,
  openJson,
  seal,
  sealJson,
  toBase64,
  type Sealed,
} from '@/utils/plans/crypto';
import { DB_VERSION } from '@/utils/plans/schema-upgrades';
import { SNAPSHOT_EVERY_MS } from '@/utils/plans/repository';
import { READ_ONLY_METHODS } from '@/utils/plans/access';
import { createPlanClient } from '@/utils/plans/client';
import { ERASE_ALL_CONFIRM } from '@/utils/plans/protocol';
import { createPlanService } from '@/utils/plans/service';
import { createPortPair } from '../fake-port';
import { freshRepository, servePlans } from './helpers';

const FAST = { kdfIterations: 1000 };

afterEach(() => vi.restoreAllMocks());

/** Stored KDF settings this extension never makes (info 14). */
const KDF_TAMPERS: Array<[string, Record<string, unknown>]> = [
  ['1 iteration', { iterations: 1 }],
  ['2,000,001 iterations', { iterations: 2_000_001 }],
  ['SHA-1', { hash: 'SHA-1' }],
  ['another KDF', { name: 'scrypt' }],
];
const CANARY = 'CANARY-7f3a9c-sunflower';

async function rawRecords(name: string): Promise<string> {
  const db = await openDB(name);
  const dump = JSON.stringify({ plans: await db.getAll('plans'), revisions: await db.getAll('revisions'), meta: await db.getAll('meta') });
  db.close();
  return dump;
}

async function lockedWithPlan() {
  const made = freshRepository(FAST);
  const { repository, clock } = made;
  let plan = await repository.create('p');
  plan = (await repository.patch('p', 'codeWord', CANARY, plan.rev, 'me')).plan;
  clock.now += SNAPSHOT_EVERY_MS;
  plan = (await repository.patch('p', 'coping', `${CANARY} coping`, plan.rev, 'me')).plan;
  await repository.setUpVault('correct horse battery');
  return { ...made, plan };
}

describe('passphrase lock (vault)', () => {
  it('turning it on encrypts every existing plan and revision: no plan text is left in the database', async () => {
    const { name, repository } = await lockedWithPlan();
    const dump = await rawRecords(name);
    expect(dump).not.toContain(CANARY);
    expect(dump).not.toContain('correct horse');
    expect(dump).toContain('"enc"');
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
    expect((await repository.revisions('p')).length).toBeGreaterThan(0);
  });

  it('keeps new edits encrypted too', async () => {
    const { name, repository } = await lockedWithPlan();
    const plan = (await repository.get('p'))!;
    await repository.patch('p', 'warningSigns', `${CANARY}-new`, plan.rev, 'me');
    expect(await rawRecords(name)).not.toContain(`${CANARY}-new`);
  });

  it('once locked, nothing can be read or written until the right passphrase', async () => {
    const { repository } = await lockedWithPlan();
    repository.lock();
    expect(await repository.vaultState()).toBe('locked');
    await expect(repository.get('p')).rejects.toMatchObject({ code: 'locked' });
    await expect(repository.list()).rejects.toMatchObject({ code: 'locked' });
    await expect(repository.create('q')).rejects.toMatchObject({ code: 'locked' });
    await expect(repository.unlock('wrong passphrase!')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await repository.unlock('correct horse battery');
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
  });

  it('finding 11: deleting a plan while locked requires unlocking, and the plan stays', async () => {
    const { repository } = await lockedWithPlan();
    repository.lock();
    await expect(repository.remove('p')).rejects.toMatchObject({ code: 'locked' });
    await repository.unlock('correct horse battery');
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
    await repository.remove('p');
    expect(await repository.get('p')).toBeUndefined();
  });

  it('makes you wait longer and longer after repeated wrong passphrases', async () => {
    const { repository, clock } = await lockedWithPlan();
    repository.lock();
    const messages: string[] = [];
    for (let i = 0; i < 4; i++)
      messages.push(
        await repository.unlock(`wrong ${i} passphrase`).then(
          () => 'unlocked',
          (e: Error) => e.message,
        ),
      );
    expect(messages[2]).toMatch(/Try again in 5 seconds/);
    expect(messages[3]).toMatch(/Too many wrong passphrases\. Try again in 5 seconds/);
    await expect(repository.unlock('correct horse battery')).rejects.toMatchObject({ message: expect.stringMatching(/Try again in/) });
    clock.now += 5_000;
    await repository.unlock('correct horse battery');
    expect(await repository.vaultState()).toBe('unlocked');
  });

  it('stores the KDF parameters with the vault (PBKDF2-SHA256, ≥ 600,000 iterations) and raises weaker ones on unlock', async () => {
    const weak = freshRepository(FAST);
    await weak.repository.setUpVault('correct horse battery');
    const before = JSON.parse(await rawRecords(weak.name)).meta[0];
    expect(before.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 });
    weak.repository.close();
    const { openPlanRepository } = await import('@/utils/plans/repository');
    // Today's bounds refuse fewer than 600,000 iterations (info 14); this test stands for a future
    // default raised above a vault made within the bounds, so it accepts the test's low count.
    const strong = openPlanRepository({ name: weak.name, minKdfIterations: 1000 });
    await strong.unlock('correct horse battery');
    const after = JSON.parse(await rawRecords(weak.name)).meta[0];
    expect(after.kdf.iterations).toBe(KDF_ITERATIONS);
    expect(after.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
  }, 20_000);

  it('changes the passphrase by re-wrapping the key, without re-encrypting records', async () => {
    const { name, repository } = await lockedWithPlan();
    const plansBefore = JSON.stringify(JSON.parse(await rawRecords(name)).plans);
    await repository.changePassphrase('correct horse battery', 'new longer passphrase');
    expect(JSON.stringify(JSON.parse(await rawRecords(name)).plans)).toBe(plansBefore);
    repository.lock();
    await expect(repository.unlock('correct horse battery')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await repository.unlock('new longer passphrase');
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
  });

  it('reopens with the key kept in session storage, and refuses a wrong key', async () => {
    const { repository } = await lockedWithPlan();
    const raw = await repository.unlock('correct horse battery');
    repository.lock();
    await repository.useKey(raw);
    expect(await repository.vaultState()).toBe('unlocked');
    repository.lock();
    await expect(repository.useKey(newDataKeyBytes())).rejects.toMatchObject({ code: 'locked' });
  });

  it('turning it off decrypts everything back, in one go', async () => {
    const { name, repository } = await lockedWithPlan();
    await repository.disableVault('correct horse battery');
    expect(await repository.vaultState()).toBe('none');
    expect(await rawRecords(name)).toContain(CANARY);
    expect((await repository.revisions('p'))[0]?.data.codeWord).toBe(CANARY);
  });
});

describe('tampering and misuse', () => {
  it('rejects every single flipped byte of IV, ciphertext and tag — nothing is shown', async () => {
    const { name, repository } = await lockedWithPlan();
    const db = await openDB(name);
    const original = (await db.get('plans', 'p')) as { enc: Sealed };
    for (const part of ['iv', 'ct'] as const) {
      const bytes = fromBase64(original.enc[part]);
      for (let i = 0; i < bytes.length; i++) {
        const flipped = bytes.slice();
        flipped[i]! ^= 0x01;
        await db.put('plans', { ...original, enc: { ...original.enc, [part]: toBase64(flipped) } });
        const result = await repository.get('p').then(
          (plan) => `shown: ${JSON.stringify(plan)}`,
          (e: { code?: string }) => e.code,
        );
        expect(result, `${part} byte ${i}`).toBe('corrupt');
      }
    }
    await db.put('plans', original);
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
    db.close();
  });

  it('refuses a ciphertext moved from one record to another', async () => {
    const { name, repository } = await lockedWithPlan();
    const other = await repository.create('q');
    await repository.patch('q', 'codeWord', 'other plan', other.rev, 'me');
    const db = await openDB(name);
    const p = (await db.get('plans', 'p')) as { enc: Sealed };
    const q = (await db.get('plans', 'q')) as { enc: Sealed };
    await db.put('plans', { ...q, enc: p.enc });
    await expect(repository.get('q')).rejects.toMatchObject({ code: 'corrupt' });
    // Finding 4: the list no longer fails as a whole; the moved record is listed as damaged.
    expect((await repository.list()).find((s) => s.id === 'q')).toMatchObject({ damaged: true });
    db.close();
  });

  it.each(KDF_TAMPERS)(
    'info 14: a vault whose stored KDF settings were changed (%s) is refused before any key is derived, and no wait is added',
    async (_what, change) => {
      const { name, repository } = await lockedWithPlan();
      repository.lock();
      const db = await openDB(name);
      const record = await db.get('meta', 'vault');
      await db.put('meta', { ...record, kdf: { ...record.kdf, ...change } });
      const derive = vi.spyOn(crypto.subtle, 'deriveKey');
      await expect(repository.unlock('correct horse battery')).rejects.toMatchObject({
        code: 'corrupt',
        message: expect.stringMatching(/stored settings were changed or damaged/),
      });
      expect(derive).not.toHaveBeenCalled();
      expect((await db.get('meta', 'vault')).failures).toBe(0);
      db.close();
    },
  );

  it.each(KDF_TAMPERS)(
    'info 14: an encrypted backup with KDF settings this extension does not make (%s) is refused before any key is derived',
    async (_what, change) => {
      const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS, salt: toBase64(new Uint8Array(16)), ...change };
      const file = JSON.stringify({
        format: ENCRYPTED_BACKUP_FORMAT,
        version: 1,
        kdf,
        sealed: { iv: toBase64(new Uint8Array(12)), ct: 'AAAA' },
      });
      const derive = vi.spyOn(crypto.subtle, 'deriveKey');
      const result = await decryptBackup(file, 'backup passphrase');
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
      expect(derive).not.toHaveBeenCalled();
    },
  );

  it('info 16: a revision moved between plans whose ids contain “|” is refused', async () => {
    const { repository, name, clock } = freshRepository(FAST);
    let plan = await repository.create('a|b');
    await repository.create('a');
    plan = (await repository.patch('a|b', 'codeWord', 'belongs to a|b', plan.rev, 'me')).plan;
    clock.now += SNAPSHOT_EVERY_MS;
    await repository.patch('a|b', 'codeWord', 'typed on', plan.rev, 'me');
    await repository.setUpVault('correct horse battery');
    const db = await openDB(name);
    const [stored] = (await db.getAllFromIndex('revisions', 'byPlan', 'a|b')) as Array<{ key?: number; rid: string }>;
    const revision = { ...stored! };
    delete revision.key;
    // The same fields, split differently: "a|b" + "id-9" becomes "a" + "b|id-9".
    await db.add('revisions', { ...revision, planId: 'a', rid: `b|${revision.rid}` });
    db.close();
    expect((await repository.revisions('a')).map((r) => r.data.codeWord)).toEqual([]);
  });

  it('info 16: records sealed before the JSON additional data still open, and are re-sealed at the next unlock', async () => {
    const { repository, name } = freshRepository(FAST);
    const plan = (await repository.patch('p', 'codeWord', CANARY, (await repository.create('p')).rev, 'me')).plan;
    const key = await importDataKey(await repository.setUpVault('correct horse battery'));
    // As the previous version sealed it: schema 3, fields joined with "|".
    const db = await openDB(name);
    await db.put('plans', { id: 'p', rev: plan.rev, v: 3, enc: await sealJson(key, plan, `csec-plan|p|schema:3`) });
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
    repository.lock();
    await repository.unlock('correct horse battery');
    const stored = (await db.get('plans', 'p')) as { v: number; enc: Sealed };
    expect(stored.v).toBe(DB_VERSION);
    await expect(openJson(key, stored.enc, JSON.stringify(['csec-plan', 'p', DB_VERSION]))).resolves.toMatchObject({ id: 'p' });
    expect((await repository.get('p'))?.data.codeWord).toBe(CANARY);
    db.close();
  });

  it('never repeats an IV in 100,000 encryptions', async () => {
    const key = await importDataKey(newDataKeyBytes());
    const ivs = new Set<string>();
    const payload = new Uint8Array([1, 2, 3]);
    for (let batch = 0; batch < 100; batch++) {
      const sealed = await Promise.all(Array.from({ length: 1000 }, () => seal(key, payload, 'aad')));
      for (const s of sealed) ivs.add(s.iv);
    }
    expect(ivs.size).toBe(100_000);
    const sample = await seal(key, payload, 'aad');
    expect(fromBase64(sample.iv)).toHaveLength(12);
    await expect(open(key, sample, 'other aad')).rejects.toThrow();
  }, 60_000);
});

describe('the wait after wrong passphrases, as the lock screen gets it', () => {
  it('is told to every other open page as it begins, so a lock screen already open there counts it down too', async () => {
    const { repository } = await lockedWithPlan();
    repository.lock();
    const served = servePlans(repository, FAST);
    const here = served.connect('here');
    const there = served.connect('there');
    const heard: number[] = [];
    there.onEvent((event) => event.kind === 'unlock-wait' && heard.push(event.retryAfterMs));
    const heardHere: number[] = [];
    here.onEvent((event) => event.kind === 'unlock-wait' && heardHere.push(event.retryAfterMs));
    for (let i = 0; i < 3; i++) await here.call('unlock', { passphrase: `wrong ${i} passphrase` }).catch(() => {});
    await vi.waitFor(() => expect(heard).toEqual([5_000]));
    // The page that asked hears it in its answer, not twice.
    expect(heardHere).toEqual([]);
  }, 60_000);

  it('is there to ask for, so a lock screen opened during it (a reload, another window) counts it down from the start', async () => {
    const { repository, clock } = await lockedWithPlan();
    repository.lock();
    const client = servePlans(repository, FAST).connect('panel');
    expect(await client.call('unlockWait', {})).toBe(0);
    for (let i = 0; i < 3; i++) await repository.unlock(`wrong ${i} passphrase`).catch(() => {});
    expect(await client.call('unlockWait', {})).toBe(5_000);
    clock.now += 3_000;
    expect(await client.call('unlockWait', {})).toBe(2_000);
    clock.now += 2_000;
    expect(await client.call('unlockWait', {})).toBe(0);
    await client.call('unlock', { passphrase: 'correct horse battery' });
    expect(await client.call('unlockWait', {})).toBe(0);
  }, 60_000);

  it('travels with the refusal over the port (the screen counts it down), and one second is “1 second”', async () => {
    const { repository, clock } = await lockedWithPlan();
    repository.lock();
    for (let i = 0; i < 3; i++) await repository.unlock(`wrong ${i} passphrase`).catch(() => {});
    const client = servePlans(repository, FAST).connect('panel');
    clock.now += 4_500;
    await expect(client.call('unlock', { passphrase: 'correct horse battery' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
      message: 'Too many wrong passphrases. Try again in 1 second.',
      retryAfterMs: 500,
    });
    clock.now += 500;
    await client.call('unlock', { passphrase: 'correct horse battery' });
    expect(await repository.vaultState()).toBe('unlocked');
  }, 60_000);
});

describe('a forgotten passphrase', () => {
  it('erasing starts over: every plan, observation, revision and the lock are gone, wrong passphrases forgotten, and new plans need no passphrase', async () => {
    const { repository, name } = await lockedWithPlan();
    await repository.createObservation('p', 'o', { observedOn: '2026-03-03', seen: CANARY });
    repository.lock();
    const client = servePlans(repository, FAST).connect('panel');
    await expect(client.call('unlock', { passphrase: 'not it at all' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    // A request without the confirmation is refused, and erases nothing.
    await expect(client.call('eraseAll', { confirm: 'yes' as never })).rejects.toMatchObject({ code: 'invalid' });
    expect(await rawRecords(name)).toContain('"vault"');
    await client.call('eraseAll', { confirm: ERASE_ALL_CONFIRM });
    expect(await client.call('vaultStatus', {})).toBe('none');
    expect(await client.call('list', {})).toEqual([]);
    const db = await openDB(name);
    const counts = await Promise.all(['plans', 'revisions', 'observations', 'observationRevisions', 'meta'].map((s) => db.count(s)));
    db.close();
    expect(counts).toEqual([0, 0, 0, 0, 0]);
    await client.call('create', { id: 'new' });
    expect((await client.call('list', {})).map((p) => p.id)).toEqual(['new']);
  });

  it('an erase is told when it is done (for the notice the next person sees); a refused one tells nothing (helper-70 F5)', async () => {
    const { repository } = await lockedWithPlan();
    repository.lock();
    const onErased = vi.fn();
    const client = servePlans(repository, { ...FAST, now: () => 1_764_650_000_000, onErased }).connect('panel');
    await expect(client.call('eraseAll', { confirm: 'yes' as never })).rejects.toMatchObject({ code: 'invalid' });
    expect(onErased).not.toHaveBeenCalled();
    await client.call('eraseAll', { confirm: ERASE_ALL_CONFIRM });
    expect(onErased).toHaveBeenCalledExactlyOnceWith(1_764_650_000_000);
  });

  it('a page that may only read plans (the print page) cannot erase them', async () => {
    const { repository, name } = await lockedWithPlan();
    const service = createPlanService(repository);
    const { page, background } = createPortPair('plans');
    service.connect(background, READ_ONLY_METHODS);
    const client = createPlanClient(() => page);
    await expect(client.call('eraseAll', { confirm: ERASE_ALL_CONFIRM })).rejects.toMatchObject({ code: 'invalid' });
    expect(await rawRecords(name)).toContain('"vault"');
    expect((await repository.list()).map((p) => p.id)).toEqual(['p']);
  });
});
