import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { checkProgramSettings, MAX_LOCAL_RESOURCES, normalizePhone } from '@/utils/program/validate';

const builtInIds = new Set(guide.map((e) => e.id));
const policy = (raw: unknown) => checkProgramSettings(raw, { via: 'policy', builtInIds });
const line = (over: Record<string, unknown> = {}) => ({
  id: 'supervisor-line',
  title: 'CASA supervisors’ line',
  body: 'Your supervisor, weekdays.',
  phones: [{ number: '(323) 555-0100', label: 'office' }],
  ...over,
});

describe('program settings from a browser policy or a resource pack', () => {
  it('turns a valid local resource into a guide entry marked “from your program”', () => {
    const { settings, skipped } = policy({
      programName: 'CASA of Example County',
      localResources: [line({ hotline: true, text: '55501' })],
    });
    expect(skipped).toEqual([]);
    const [entry] = settings.resources;
    expect(entry).toMatchObject({
      id: 'program-supervisor-line',
      kind: 'resource',
      contact: { phones: [{ number: '323-555-0100', label: 'office' }] },
      source: { type: 'program', name: 'CASA of Example County', via: 'policy' },
      hotlineRank: 100,
    });
  });

  it.each([
    ['a malformed number', line({ phones: [{ number: 'call me maybe' }] }), /not a phone number/],
    ['a missing title', line({ title: undefined }), /title is not text/],
    ['an unknown key', line({ colour: 'red' }), /unknown field “colour”/],
    ['HTML in a field', line({ body: '<img src=x onerror=alert(1)>' }), /contains HTML/],
    ['a javascript: website', line({ website: 'javascript:alert(1)' }), /https/],
    ['an http website', line({ website: 'http://example.org' }), /https/],
    ['a website with a space in it (helper-71)', line({ website: 'https://exa mple.org' }), /not a web address/],
    ['a bad id', line({ id: 'Not An Id' }), /lowercase/],
    ['no phones', line({ phones: [] }), /no phone/],
    ['right-to-left override', line({ title: 'Line\u202eevil' }), /control characters/],
  ])('skips a resource with %s, says why, and keeps the others', (_name, bad, why) => {
    const { settings, skipped } = policy({ localResources: [bad, line({ id: 'other-line' })] });
    expect(settings.resources.map((e) => e.id)).toEqual(['program-other-line']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.why).toMatch(why);
  });

  it('keeps the first of two resources with the same id', () => {
    const { settings, skipped } = policy({ localResources: [line(), line({ title: 'Second' })] });
    expect(settings.resources).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ where: 'Local resource “supervisor-line”', why: /already has this id/ });
  });

  it('uses the first 100 of 10,000 entries and says how many it skipped', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => line({ id: `line-${i}` }));
    const { settings, skipped } = policy({ localResources: many });
    expect(settings.resources).toHaveLength(MAX_LOCAL_RESOURCES);
    expect(skipped).toEqual([{ where: 'Local resources', why: 'only the first 100 are used; 9,900 more were skipped' }]);
  });

  it('hides built-in entries, but never what to do when it can’t wait, and names unknown ids', () => {
    const { settings, skipped } = policy({ hideEntries: ['resource-clcht-call', 'crisis-danger-now', 'no-such-entry'] });
    expect(settings.hiddenIds).toEqual(['resource-clcht-call']);
    expect(skipped.map((s) => s.why)).toEqual([expect.stringMatching(/always shown/), expect.stringMatching(/no entry with this id/)]);
  });

  it('reads the rules only from a browser policy, never from a pack', () => {
    const raw = { requireLock: true, maxAutoLockMinutes: 5, allowPlainExport: false };
    expect(policy(raw).settings).toMatchObject({ requireLock: true, maxAutoLockMinutes: 5, allowPlainExport: false });
    const pack = checkProgramSettings(raw, { via: 'pack', builtInIds });
    expect(pack.settings).toMatchObject({ requireLock: false, allowPlainExport: true });
    expect(pack.skipped.map((s) => s.why)).toEqual(Array(3).fill('only a browser policy can set this'));
  });

  it('refuses rules of the wrong type and keeps the safe default', () => {
    const { settings, skipped } = policy({ requireLock: 'yes', maxAutoLockMinutes: 1e9, allowPlainExport: 0 });
    expect(settings).toMatchObject({ requireLock: false, allowPlainExport: true });
    expect(settings.maxAutoLockMinutes).toBeUndefined();
    expect(skipped).toHaveLength(3);
  });

  it.each([
    ['1-888-373-7888', '1-888-373-7888'],
    ['(213) 639-4500', '213-639-4500'],
    ['+1 800 540 4000', '1-800-540-4000'],
    ['988', '988'],
    ['233733', '233733'],
  ])('writes %s as %s', (input, out) => {
    expect(normalizePhone(input)).toBe(out);
  });

  it('never throws, and applies only checked entries, whatever it is given (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true }),
        fc.array(fc.anything(), { maxLength: 5 }),
        (raw, resources) => {
          for (const input of [raw, { localResources: resources, hideEntries: resources, programName: raw }]) {
            const { settings } = policy(input);
            for (const e of settings.resources) {
              expect(e.id).toMatch(/^program-[a-z0-9]+(-[a-z0-9]+)*$/);
              expect(`${e.title} ${e.body}`).not.toMatch(/<\s*[a-z/!]/i);
              for (const p of e.contact?.phones ?? []) expect(p.number).toMatch(/^(1-)?\d{3}-\d{3}-\d{4}$|^\d{3,6}$/);
            }
            for (const id of settings.hiddenIds) expect(builtInIds.has(id)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('phone numbers as docs/ADMIN.md shows them', () => {
  it.each([
    ['(323) 555-0100', '323-555-0100'],
    ['323.555.0100', '323-555-0100'],
    ['1-323-555-0100', '1-323-555-0100'],
    ['+1 323 555 0100', '1-323-555-0100'],
    ['211', '211'],
  ])('%s is shown as %s', (input, out) => {
    expect(normalizePhone(input)).toBe(out);
  });

  it.each(['323-555-0100 ext. 12', '1-800-FOSTER'])('%s is refused: the digits a volunteer dials, only', (input) => {
    expect(() => normalizePhone(input)).toThrow();
  });
});
