import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/utils/plans/model';
import { newObservationData, RED_FLAG_IDS } from '@/utils/plans/observation-model';
import { SNAPSHOT_EVERY_MS } from '@/utils/plans/repository';
import { freshRepository } from './helpers';

const CASH = 'red-flag-excess-cash';

/** A plan "p" with one observation "o" of 2026-03-03, the excess-cash flag ticked. */
async function planWithObservation() {
  const made = freshRepository({ kdfIterations: 1000 });
  await made.repository.create('p');
  const observation = await made.repository.createObservation('p', 'o', newObservationData('2026-03-03', [CASH]));
  return { ...made, observation };
}

async function storeCounts(name: string) {
  const db = await openDB(name);
  const counts = {
    observations: await db.count('observations'),
    observationRevisions: await db.count('observationRevisions'),
  };
  db.close();
  return counts;
}

describe('observations in the plan repository', () => {
  it('keeps each observation with its plan, dated and with its flags, found through the plan', async () => {
    const { repository, observation } = await planWithObservation();
    await repository.create('other');
    await repository.createObservation('other', 'x', newObservationData('2026-01-01'));
    expect(observation.data).toEqual({ observedOn: '2026-03-03', writtenOn: '2026-03-03', flags: { [CASH]: true } });
    const { observations, damaged } = await repository.observations('p');
    expect(observations.map((o) => o.id)).toEqual(['o']);
    expect(damaged).toEqual([]);
    // Creating again with the same id (a request repeated after a reconnect) makes no second one.
    await repository.createObservation('p', 'o', newObservationData('2026-03-04'));
    expect((await repository.observations('p')).observations).toHaveLength(1);
  });

  it('refuses an observation for a plan that does not exist, or an id that belongs to another plan', async () => {
    const { repository } = await planWithObservation();
    await expect(repository.createObservation('nobody', 'n', newObservationData('2026-03-03'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await repository.create('q');
    await expect(repository.createObservation('q', 'o', newObservationData('2026-03-03'))).rejects.toMatchObject({ code: 'invalid' });
    expect((await repository.observations('q')).observations).toEqual([]);
  });

  it('writes one field at a time, and tells a window whose base is stale that another wrote the field', async () => {
    const { repository, observation } = await planWithObservation();
    const a = await repository.patchObservation('o', 'seen', 'Two new phones.', observation.rev, 'window-a');
    expect(a.status).toBe('saved');
    const b = await repository.patchObservation('o', 'seen', 'Something else.', observation.rev, 'window-b');
    expect(b).toMatchObject({ status: 'conflict', observation: { data: { seen: 'Two new phones.' } } });
    // The same window typing on is never in conflict with itself.
    expect((await repository.patchObservation('o', 'seen', 'Two new phones, one pink.', observation.rev, 'window-a')).status).toBe('saved');
  });

  it('keeps very long text whole (20,000 characters), and says why one more is refused', async () => {
    const { repository, observation } = await planWithObservation();
    const long = 'Saw and heard. '.repeat(1400).slice(0, LIMITS.text);
    expect(long).toHaveLength(20_000);
    await repository.patchObservation('o', 'seen', long, observation.rev, 'me');
    expect((await repository.observations('p')).observations[0]?.data.seen).toBe(long);
    await expect(repository.importPlans([], undefined, [{ ...observation, data: { seen: `${long}!` } }])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/Observation 1 of 1: That is too long for “What you saw or heard”: 20,001 characters/),
    });
  });

  it('keeps earlier versions, and restoring one keeps the replaced text as a version too', async () => {
    const { repository, observation, clock } = await planWithObservation();
    let rev = (await repository.patchObservation('o', 'seen', 'first words', observation.rev, 'me')).observation.rev;
    clock.now += SNAPSHOT_EVERY_MS;
    rev = (await repository.patchObservation('o', 'seen', 'second words', rev, 'me')).observation.rev;
    const [version] = await repository.observationRevisions('o');
    expect(version?.data.seen).toBe('first words');
    const restored = await repository.restoreObservation('o', version!.key, 'me');
    expect(restored.data.seen).toBe('first words');
    expect((await repository.observationRevisions('o')).map((r) => r.data.seen)).toContain('second words');
    expect(restored.rev).toBeGreaterThan(rev);
  });

  it('deletes an observation with its versions, and a plan with all its observations and their versions', async () => {
    const { repository, name, observation, clock } = await planWithObservation();
    await repository.createObservation('p', 'o2', newObservationData('2026-03-05'));
    clock.now += SNAPSHOT_EVERY_MS;
    await repository.patchObservation('o', 'seen', 'kept as a version', observation.rev, 'me');
    clock.now += SNAPSHOT_EVERY_MS;
    await repository.patchObservation('o', 'seen', 'again', observation.rev + 1, 'me');
    expect((await storeCounts(name)).observationRevisions).toBeGreaterThan(0);
    expect(await repository.removeObservation('o2')).toBe('p');
    expect((await repository.observations('p')).observations.map((o) => o.id)).toEqual(['o']);
    await repository.remove('p');
    expect(await storeCounts(name)).toEqual({ observations: 0, observationRevisions: 0 });
    await expect(repository.patchObservation('o', 'seen', 'late keystroke', 9, 'me')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('takes its red-flag checklist from the guide: an unknown flag is refused', async () => {
    const { repository, observation } = await planWithObservation();
    expect(RED_FLAG_IDS).toHaveLength(11);
    const all = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, true]));
    expect((await repository.patchObservation('o', 'flags', all, observation.rev, 'me')).status).toBe('saved');
    await expect(
      repository.importPlans([], undefined, [{ ...observation, data: { flags: { 'red-flag-made-up': true } } }]),
    ).rejects.toMatchObject({ message: expect.stringMatching(/“Red flags seen” has unknown items/) });
  });
});
