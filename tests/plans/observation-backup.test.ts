import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup, serializeBackup } from '@/utils/plans/backup';
import { newObservationData, type Observation } from '@/utils/plans/observation-model';
import { createObservationSession } from '@/utils/plans/observation-session';
import { freshRepository, servePlans } from './helpers';

const FAST = { kdfIterations: 1000 };

/** A repository with plan "p" (nickname "JD") and observations "o1" and "o2", and a panel's client. */
async function setup() {
  const made = freshRepository(FAST);
  const client = servePlans(made.repository, FAST).connect('panel');
  const plan = await client.call('create', { id: 'p' });
  await client.call('patch', { id: 'p', fieldId: 'nickname', value: 'JD', baseRev: plan.rev, clientId: 'panel' });
  await client.call('createObservation', { planId: 'p', id: 'o1', data: { ...newObservationData('2026-03-03'), seen: 'Two phones ✓ 📱' } });
  await client.call('createObservation', { planId: 'p', id: 'o2', data: newObservationData('2026-03-04', ['red-flag-injuries']) });
  return { ...made, client };
}

const observationsOf = async (client: Awaited<ReturnType<typeof setup>>['client'], planId = 'p') =>
  (await client.call('observations', { planId })).observations.sort((a, b) => a.id.localeCompare(b.id));

/** A file holding one plan "f" and `observations` (raw, as a file may hold anything). */
const fileWith = (observations: unknown[], version = 2) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version,
    exportedAt: '2026-03-05T00:00:00.000Z',
    plans: [{ id: 'f', rev: 1, createdAt: 1, updatedAt: 1, data: { nickname: 'From file' } }],
    observations,
  });

const goodObservation = { id: 'fo', planId: 'f', rev: 1, createdAt: 1, updatedAt: 1, data: { observedOn: '2026-01-02' } };

describe('observations in backups', () => {
  it('export, delete the plan, import: the plan comes back with every observation, Unicode included', async () => {
    const { client } = await setup();
    const before = await observationsOf(client);
    const { backup } = await client.call('exportAll', {});
    expect(backup.version).toBe(2);
    await client.call('remove', { id: 'p' });
    expect(await observationsOf(client)).toEqual([]);
    const report = await client.call('importBackup', { text: serializeBackup(backup) });
    expect(report).toEqual({
      added: 1,
      replaced: 0,
      keptNewer: 0,
      same: 0,
      observations: { added: 2, replaced: 0, keptNewer: 0, same: 0 },
    });
    expect(await observationsOf(client)).toEqual(before);
  });

  it('encrypted backups carry observations too', async () => {
    const { client } = await setup();
    const before = await observationsOf(client);
    const { text } = await client.call('exportEncrypted', { passphrase: 'backup passphrase' });
    expect(text).not.toContain('Two phones');
    await client.call('remove', { id: 'p' });
    await client.call('importBackup', { text, passphrase: 'backup passphrase' });
    expect(await observationsOf(client)).toEqual(before);
  });

  it('an older (version 1) backup file, which has no observations, still imports', async () => {
    const { client } = await setup();
    const v1 = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2025-11-29T10:00:00.000Z',
      plans: [{ id: 'old', rev: 2, createdAt: 1, updatedAt: 2, data: { nickname: 'From 2025', coping: 'music' } }],
    });
    expect(await client.call('importBackup', { text: v1 })).toEqual({ added: 1, replaced: 0, keptNewer: 0, same: 0 });
    expect((await client.call('get', { id: 'old' }))?.data.coping).toBe('music');
    expect(await observationsOf(client)).toHaveLength(2);
  });

  it('a newer copy in a file replaces the one here, keeps it as a version, and open editors adopt it', async () => {
    const { client, clock } = await setup();
    const [o1] = await observationsOf(client);
    const received: Observation[] = [];
    const session = createObservationSession(client, o1!, (s) => received.push(s.record));
    client.onEvent((e) => e.kind === 'observation-changed' && session.receive(e.observation));
    clock.now += 5000;
    const newer = { ...o1!, updatedAt: clock.now, data: { ...o1!.data, seen: 'corrected in the file' } };
    const file = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: '',
      plans: [await client.call('get', { id: 'p' })],
      observations: [newer],
    });
    const report = await client.call('importBackup', { text: file });
    expect(report.observations).toEqual({ added: 0, replaced: 1, keptNewer: 0, same: 0 });
    expect((await client.call('observationRevisions', { id: 'o1' })).map((r) => r.data.seen)).toContain('Two phones ✓ 📱');
    await expect.poll(() => session.state().record.data.seen).toBe('corrected in the file');
  });

  it.each([
    [
      'an observation of no plan in the file',
      [{ ...goodObservation, planId: 'elsewhere' }],
      /Observation 1 of 1 belongs to no plan in this file/,
    ],
    [
      'an unknown field',
      [{ ...goodObservation, data: { hack: '<img src=x onerror=alert(1)>' } }],
      /Observation 1 of 1 has an unknown field “hack”/,
    ],
    ['HTML where the flags go', [{ ...goodObservation, data: { flags: '<script>x</script>' } }], /“Red flags seen” must be a checklist/],
    ['a date that is not a date', [{ ...goodObservation, data: { observedOn: 'yesterday' } }], /“Date observed” must be a date/],
    [
      'a told-row date that is not a date',
      [{ ...goodObservation, data: { told: [{ id: 'r', on: '3/4' }] } }],
      /A date in “Who was told, and when” is not a date/,
    ],
    ['a 20,001-character text', [{ ...goodObservation, data: { seen: 'x'.repeat(20_001) } }], /too long for “What you saw or heard”/],
    ['no id', [{ ...goodObservation, id: '' }], /Observation 1 of 1 has no valid id/],
    ['a list that is not a list', 'oops', /list of observations is damaged/],
  ])('refuses a file with %s, with a clear message, and imports nothing', async (_what, observations, message) => {
    const { client, repository } = await setup();
    const before = JSON.stringify([await repository.all(), await repository.allObservations()]);
    const parsed = parseBackup(fileWith(observations as unknown[]));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    await expect(client.call('importBackup', { text: fileWith(observations as unknown[]) })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/Nothing was imported\.$/),
    });
    expect(JSON.stringify([await repository.all(), await repository.allObservations()])).toBe(before);
  });

  it('refuses a file whose observation has the id of another plan’s observation here', async () => {
    const { client } = await setup();
    const text = fileWith([{ ...goodObservation, id: 'o1' }]);
    await expect(client.call('importBackup', { text })).rejects.toMatchObject({
      message: expect.stringMatching(/another plan’s observation/),
    });
    expect((await observationsOf(client)).map((o) => o.id)).toEqual(['o1', 'o2']);
    await expect(client.call('get', { id: 'f' })).resolves.toBeNull();
  });

  it('refuses a file holding two plans with one id: the plan here with that id, and its observations, stay as they were', async () => {
    const { client, repository } = await setup();
    const before = JSON.stringify([await repository.all(), await repository.allObservations()]);
    const alpha = { id: 'p', rev: 1, createdAt: 1, updatedAt: 1, data: { nickname: 'JD' } };
    const bravo = { id: 'p', rev: 9, createdAt: 5, updatedAt: Date.now(), data: { nickname: 'Bravo' } };
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 2,
      plans: [alpha, bravo],
      observations: [{ ...goodObservation, planId: 'p' }],
    });
    expect(parseBackup(text)).toEqual({ ok: false, error: 'Plan 2 of 2 has the same id as plan 1. Nothing was imported.' });
    await expect(client.call('importBackup', { text })).rejects.toMatchObject({ code: 'invalid', message: /same id as plan 1/ });
    expect(JSON.stringify([await repository.all(), await repository.allObservations()])).toBe(before);
  });

  it('refuses a file holding two observations with one id', () => {
    const result = parseBackup(fileWith([goodObservation, { ...goodObservation, rev: 2, updatedAt: 2 }]));
    expect(result).toEqual({ ok: false, error: 'Observation 2 of 2 has the same id as observation 1. Nothing was imported.' });
  });

  it('ids with spaces, invisible characters, lookalike letters or "__proto__" are not ids', () => {
    const second = { ...goodObservation, rev: 2, updatedAt: 2 };
    for (const id of ['fo ', ' fo', 'f\u200bo', 'fo\u00a0', '__proto__', 'a/b', 'é', 'f\u043e']) {
      expect(parseBackup(fileWith([goodObservation, { ...second, id }]))).toEqual({
        ok: false,
        error: 'Observation 2 of 2 has no valid id. Nothing was imported.',
      });
    }
    const plan = (id: string) => ({ id, rev: 1, createdAt: 1, updatedAt: 1, data: { nickname: id } });
    const plans = (...ids: string[]) => JSON.stringify({ format: BACKUP_FORMAT, version: 2, plans: ids.map(plan) });
    expect(parseBackup(plans('f', 'f\u200b'))).toEqual({ ok: false, error: 'Plan 2 of 2 has no valid id. Nothing was imported.' });
    expect(parseBackup(plans('__proto__'))).toEqual({ ok: false, error: 'Plan 1 of 1 has no valid id. Nothing was imported.' });
    // What the extension writes, and ids with the characters it allows, still import.
    expect(parseBackup(plans(crypto.randomUUID(), 'plan_2.b:c-d'))).toMatchObject({ ok: true });
  });

  it('ids are compared exactly, as stored: ids in other capitals are other records, and a backup of them restores', async () => {
    const { client } = await setup();
    const { backup } = await client.call('exportAll', {});
    const upper = {
      ...backup,
      plans: backup.plans.map((p) => ({ ...p, id: 'P' })),
      observations: backup.observations?.map((o) => ({ ...o, id: o.id.toUpperCase(), planId: 'P' })),
    };
    await expect(client.call('importBackup', { text: serializeBackup(upper) })).resolves.toMatchObject({
      added: 1,
      observations: { added: 2 },
    });
    const { backup: both } = await client.call('exportAll', {});
    expect(both.plans.map((p) => p.id).sort()).toEqual(['P', 'p']);
    // Everything here, restored on another device.
    const elsewhere = servePlans(freshRepository(FAST).repository, FAST).connect('panel');
    await expect(elsewhere.call('importBackup', { text: serializeBackup(both) })).resolves.toMatchObject({
      added: 2,
      observations: { added: 4 },
    });
  });

  it('keeps two rows with one id apart (the second renamed), and refuses a date in year 0', () => {
    const plan = (data: Record<string, unknown>) =>
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, plans: [{ id: 'f', rev: 1, createdAt: 1, updatedAt: 1, data }] });
    const row = { id: 'r1', name: 'Ms. Lee', relationship: 'Aunt' };
    // A row id is only a key within its list (never a URL, never a record's key): any text, as
    // long as no two rows of one list share it.
    for (const id of ['R1', 'r1 ', '__proto__', '"><img src=x onerror=alert(1)>'])
      expect(parseBackup(plan({ people: [row, { ...row, id }] }))).toMatchObject({ ok: true });
    // Two rows with one id (drawn, edited and removed by it) both arrive, the second renamed,
    // the same way each time the file is read.
    const twice = parseBackup(
      plan({ people: [row, { ...row, name: 'Mr. Ray' }, { ...row, id: 'r1-2', name: 'Ms. Diaz' }, { ...row, name: 'Dr. Kim' }] }),
    );
    const people = (parsed: typeof twice) => (parsed.ok ? parsed.plans[0]?.data.people : undefined);
    // "r1-2" was already a row's own id: it keeps it, and the new names skip it.
    expect(people(twice)).toEqual([
      row,
      { ...row, id: 'r1-3', name: 'Mr. Ray' },
      { ...row, id: 'r1-2', name: 'Ms. Diaz' },
      { ...row, id: 'r1-4', name: 'Dr. Kim' },
    ]);
    expect(parseBackup(plan({ people: [row, { ...row, id: 'r2' }] }))).toMatchObject({ ok: true });
    expect(parseBackup(fileWith([{ ...goodObservation, data: { observedOn: '0000-01-01' } }]))).toMatchObject({ ok: false });
    expect(parseBackup(fileWith([{ ...goodObservation, data: { observedOn: '0001-01-01' } }]))).toMatchObject({ ok: true });
  });
});
