import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, type Sealed } from '@/utils/plans/crypto';
import { newObservationData } from '@/utils/plans/observation-model';
import { SNAPSHOT_EVERY_MS } from '@/utils/plans/repository';
import { DB_VERSION } from '@/utils/plans/schema-upgrades';
import { freshRepository, servePlans } from './helpers';

const PASSPHRASE = 'correct horse battery';
const CANARY = 'CANARY-obs-51c2-two-new-phones';

type SealedRecord = { id: string; planId: string; enc: Sealed };

/** Plans "p" and "q", observations "o1", "o2" of p (o1 with a version) and "o3" of q; then the lock turned on. */
async function lockedWithObservations() {
  const made = freshRepository({ kdfIterations: 1000 });
  const { repository, clock } = made;
  for (const id of ['p', 'q']) await repository.create(id);
  const o1 = await repository.createObservation('p', 'o1', newObservationData('2026-03-03'));
  const rev = (await repository.patchObservation('o1', 'seen', `${CANARY} first`, o1.rev, 'me')).observation.rev;
  clock.now += SNAPSHOT_EVERY_MS;
  await repository.patchObservation('o1', 'seen', `${CANARY} second`, rev, 'me');
  await repository.createObservation('p', 'o2', { ...newObservationData('2026-03-04'), seen: 'o2 text' });
  await repository.createObservation('q', 'o3', { ...newObservationData('2026-03-05'), seen: 'o3 text' });
  await repository.setUpVault(PASSPHRASE);
  return made;
}

async function withDb<T>(name: string, work: (db: Awaited<ReturnType<typeof openDB>>) => Promise<T>): Promise<T> {
  const db = await openDB(name);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const dump = (name: string) =>
  withDb(name, async (db) => JSON.stringify([await db.getAll('observations'), await db.getAll('observationRevisions')]));

describe('observations under the passphrase lock', () => {
  it('turning the lock on encrypts every observation and version: no observation text is left in the database', async () => {
    const { repository, name } = await lockedWithObservations();
    const raw = await dump(name);
    expect(raw).not.toContain(CANARY);
    expect(raw).toContain('"enc"');
    expect((await repository.observations('p')).observations.map((o) => o.data.seen).sort()).toEqual([`${CANARY} second`, 'o2 text']);
    expect((await repository.observationRevisions('o1')).map((r) => r.data.seen)).toEqual([`${CANARY} first`]);
  });

  it('keeps new observations and edits encrypted too', async () => {
    const { repository, name } = await lockedWithObservations();
    const o = await repository.createObservation('p', 'o4', { ...newObservationData('2026-03-06'), seen: `${CANARY} new` });
    await repository.patchObservation('o4', 'followUp', `${CANARY} follow-up`, o.rev, 'me');
    expect(await dump(name)).not.toContain(CANARY);
  });

  it('once locked, no observation can be read, written or deleted', async () => {
    const { repository } = await lockedWithObservations();
    repository.lock();
    await expect(repository.observations('p')).rejects.toMatchObject({ code: 'locked' });
    await expect(repository.patchObservation('o1', 'seen', 'x', 9, 'me')).rejects.toMatchObject({ code: 'locked' });
    await expect(repository.removeObservation('o1')).rejects.toMatchObject({ code: 'locked' });
    await repository.unlock(PASSPHRASE);
    expect((await repository.observations('p')).observations).toHaveLength(2);
  });

  it('turning the lock off decrypts observations and versions back', async () => {
    const { repository, name } = await lockedWithObservations();
    await repository.disableVault(PASSPHRASE);
    expect(await dump(name)).toContain(CANARY);
    expect(await dump(name)).not.toContain('"enc"');
    expect((await repository.observationRevisions('o1')).map((r) => r.data.seen)).toEqual([`${CANARY} first`]);
  });
});

describe('tampered observation records', () => {
  it('rejects every flipped byte of an observation’s IV and ciphertext; the others still open', async () => {
    const { repository, name } = await lockedWithObservations();
    await withDb(name, async (db) => {
      const original = (await db.get('observations', 'o2')) as SealedRecord;
      for (const part of ['iv', 'ct'] as const) {
        const bytes = fromBase64(original.enc[part]);
        for (let i = 0; i < bytes.length; i++) {
          const flipped = bytes.slice();
          flipped[i]! ^= 0x01;
          await db.put('observations', { ...original, enc: { ...original.enc, [part]: toBase64(flipped) } });
          const { observations, damaged } = await repository.observations('p');
          expect([observations.map((o) => o.id), damaged], `${part} byte ${i}`).toEqual([['o1'], ['o2']]);
        }
      }
      await db.put('observations', original);
    });
    expect((await repository.observations('p')).damaged).toEqual([]);
  });

  it('refuses a ciphertext moved to another observation, to another youth’s plan, or passed off as a plan', async () => {
    const { repository, name } = await lockedWithObservations();
    await withDb(name, async (db) => {
      const o1 = (await db.get('observations', 'o1')) as SealedRecord;
      const o3 = (await db.get('observations', 'o3')) as SealedRecord;
      await db.put('observations', { ...o1, enc: o3.enc });
      await db.put('observations', { ...o3, planId: 'p' });
      await db.put('plans', { id: 'fake', rev: 1, v: DB_VERSION, enc: o1.enc });
    });
    expect(await repository.observations('p')).toMatchObject({ observations: [{ id: 'o2' }], damaged: ['o1', 'o3'] });
    expect((await repository.observations('q')).observations).toEqual([]);
    expect((await repository.list()).find((s) => s.id === 'fake')).toMatchObject({ damaged: true });
  });

  it('a damaged observation is left out of exports (and counted), kept as it is when the lock goes off, and can be deleted', async () => {
    const { repository, name } = await lockedWithObservations();
    await withDb(name, async (db) => {
      const o2 = (await db.get('observations', 'o2')) as SealedRecord;
      const ct = fromBase64(o2.enc.ct);
      ct[3]! ^= 0x01;
      await db.put('observations', { ...o2, enc: { ...o2.enc, ct: toBase64(ct) } });
    });
    const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
    // The lock is on: a plain export needs its passphrase (issue #12, item 8).
    const { backup, damaged, damagedObservations } = await client.call('exportAll', { passphrase: PASSPHRASE });
    expect([damaged, damagedObservations]).toEqual([0, 1]);
    expect(backup.observations?.map((o) => o.id).sort()).toEqual(['o1', 'o3']);
    await repository.disableVault(PASSPHRASE);
    expect((await repository.observations('p')).damaged).toEqual(['o2']);
    await repository.removeObservation('o2');
    expect(await repository.observations('p')).toMatchObject({ damaged: [], observations: [{ id: 'o1' }] });
  });
});
