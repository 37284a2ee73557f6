import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, parseBackup, serializeBackup } from '@/utils/plans/backup';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import { LIMITS, type Plan } from '@/utils/plans/model';
import { createPlanService } from '@/utils/plans/service';
import { createPlanClient } from '@/utils/plans/client';
import { createPortPair } from '../fake-port';
import { freshRepository } from './helpers';

const textFields = PLAN_SECTIONS.flatMap((s) => s.fields).filter((f) => f.kind === 'text' || (f.kind === 'line' && f.type !== 'date'));

/** Any plan whose free-text fields hold arbitrary Unicode (including astral characters and controls). */
const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    // Any id a file may carry (the extension writes UUIDs): ASCII letters, digits and . _ : -
    id: fc.stringMatching(/^[A-Za-z0-9][\w.:-]{0,39}$/),
    rev: fc.integer({ min: 1, max: 1e6 }),
    // No later than the test clock (freshRepository): an import clamps future times to now (finding 5).
    createdAt: fc.integer({ min: 0, max: 1.7e12 }),
    updatedAt: fc.integer({ min: 0, max: 1.7e12 }),
    texts: fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: textFields.length, maxLength: textFields.length }),
    // Row ids are unique within a list, as the extension makes them (a file with two is refused).
    people: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        name: fc.string({ unit: 'binary', maxLength: 30 }),
        relationship: fc.string({ maxLength: 20 }),
        contact: fc.string({ maxLength: 20 }),
      }),
      { selector: (row) => row.id, maxLength: 4 },
    ),
  })
  .map(({ texts, people, ...rest }) => ({
    ...rest,
    snapshotAt: rest.updatedAt,
    fieldStamps: {},
    data: {
      ...Object.fromEntries(textFields.map((f, i) => [f.id, (texts[i] ?? '').slice(0, f.kind === 'line' ? LIMITS.line : LIMITS.text)])),
      people,
    },
  }));

function connect(repository: ReturnType<typeof freshRepository>['repository']) {
  const service = createPlanService(repository);
  return createPlanClient(() => {
    const { page, background } = createPortPair('plans');
    service.connect(background);
    return page;
  });
}

describe('backup files', () => {
  it('round-trips any plans through export and import, Unicode included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbitraryPlan, { selector: (p) => p.id, maxLength: 5 }), async (plans) => {
        const text = serializeBackup(createBackup(plans, 0));
        const parsed = parseBackup(text);
        expect(parsed).toEqual({ ok: true, plans, observations: [] });
        const { repository } = freshRepository();
        await repository.importPlans(plans);
        const back = parseBackup(serializeBackup(createBackup(await repository.all(), 0)));
        expect(back.ok && [...back.plans].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...plans].sort((a, b) => a.id.localeCompare(b.id)),
        );
        repository.close();
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['', /not valid JSON/],
    ['{"format":"csec-safety-plans","version":1,"plans":[', /not valid JSON/],
    ['[]', /not a safety-plan backup/],
    ['{"format":"something-else","version":1,"plans":[]}', /not a safety-plan backup/],
    [`{"format":"${BACKUP_FORMAT}","version":99,"plans":[]}`, /newer version of the extension \(format 99\)/],
    [`{"format":"${BACKUP_FORMAT}","version":1}`, /no list of plans/],
    [`{"format":"${BACKUP_FORMAT}","version":1,"plans":[{"id":"x"}]}`, /Plan 1 of 1 has no valid revision number/],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"plans":[{"id":"x","rev":1,"createdAt":1,"updatedAt":1,"data":{"people":"oops"}}]}`,
      /Plan 1 of 1: “Trusted people” must be a list/,
    ],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"plans":[{"id":"x","rev":1,"createdAt":1,"updatedAt":1,"data":{"hack":"<img onerror>"}}]}`,
      /unknown field “hack”/,
    ],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"plans":[{"id":"x","rev":1,"createdAt":1,"updatedAt":1,"data":{"planDate":"2026-13-45"}}]}`,
      /Plan 1 of 1: “Plan date” must be a date/,
    ],
    [
      `{"format":"${BACKUP_FORMAT}","version":1,"plans":[{"id":"x","rev":1,"createdAt":1,"updatedAt":1,"data":{"nextReview":"2026-02-30"}}]}`,
      /Plan 1 of 1: “Next review date” must be a date/,
    ],
  ])('refuses %j with a clear message', (text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(!result.ok && result.error).toMatch(/Nothing was imported\.$/);
  });

  it('survives fuzzed files — random bytes, truncations, mutations — with 0 exceptions and 0 partial writes', async () => {
    const template = freshRepository();
    const base = await template.repository.create('existing');
    const valid = serializeBackup(
      createBackup(
        [
          {
            ...base,
            id: 'incoming',
            data: { coping: 'from file', people: [{ id: 'r', name: 'Ana', relationship: 'aunt', contact: '555' }] },
          },
        ],
        0,
      ),
    );
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder().decode(bytes)),
      fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ maxLength: 3 })).map(([i, s]) => valid.slice(0, i) + s + valid.slice(i + 1)),
      fc.constantFrom(
        'null',
        '{}',
        '{"format":"csec-safety-plans"}',
        '"\\ud800"',
        JSON.stringify({ format: BACKUP_FORMAT, version: 1, plans: [{ ...base, data: { people: Array(50).fill({ id: 'x' }) } }] }),
      ),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        expect(() => parseBackup(text)).not.toThrow();
        const { repository } = freshRepository();
        const client = connect(repository);
        const existing = await client.call('create', { id: 'existing' });
        await client.call('patch', {
          id: 'existing',
          fieldId: 'coping',
          value: 'keep me',
          baseRev: existing.rev,
          clientId: client.clientId,
        });
        const before = await repository.all();
        const outcome = await client.call('importBackup', { text }).then(
          () => 'imported',
          (e: { code: string }) => e.code,
        );
        const after = await repository.all();
        if (outcome === 'imported') {
          // A mutation can still be a valid file: then every plan in it is here, never a part.
          const parsed = parseBackup(text);
          expect(parsed.ok).toBe(true);
          for (const plan of parsed.ok ? parsed.plans : []) expect(after.map((p) => p.id)).toContain(plan.id);
        } else {
          refused++;
          expect(outcome).toBe('invalid');
          expect(after).toEqual(before);
        }
        client.close();
        repository.close();
      }),
      { numRuns: 250 },
    );
    expect(refused).toBeGreaterThan(150);
  });
});

describe('impossible numbers in a backup are refused with a message, not quietly changed (helper-68)', () => {
  const plan = (over: Record<string, unknown>) =>
    JSON.stringify({ format: BACKUP_FORMAT, version: 1, plans: [{ id: 'x', rev: 1, createdAt: 1, updatedAt: 1, data: {}, ...over }] });
  it.each([
    ['a revision past the largest whole number', { rev: 1e300 }, /Plan 1 of 1 has no valid revision number/],
    ['a change time past the last date there can be', { updatedAt: 1e20 }, /Plan 1 of 1/],
    ['a creation time of 1e308', { createdAt: 1e308 }, /Plan 1 of 1/],
  ])('%s', (_, over, message) => {
    const parsed = parseBackup(plan(over));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  });
});
