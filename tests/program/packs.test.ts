import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { resolveProgram } from '@/utils/program/resolve';
import { loadPack, loadPackAndSay, resourcePacks } from '@/utils/program/store';

const builtInIds = new Set(guide.map((e) => e.id));
const packText = (over: object = {}) =>
  JSON.stringify({
    programName: 'Example pack',
    localResources: [{ id: 'line', title: 'Line', body: 'Body.', phones: [{ number: '211' }] }],
    ...over,
  });

beforeEach(() => fakeBrowser.reset());

describe('resource packs', () => {
  it('keeps a valid pack, with its name and date, and its lines apply', async () => {
    const { pack } = await loadPack(packText(), 'file.json', builtInIds, 1_700_000_000_000);
    expect(pack).toMatchObject({ name: 'Example pack', loadedAt: 1_700_000_000_000 });
    const program = resolveProgram(undefined, await resourcePacks.getValue(), builtInIds);
    expect(program.from).toBe('packs');
    expect(program.settings.resources.map((e) => e.id)).toEqual(['program-line']);
  });

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ['a plan backup', JSON.stringify({ format: 'csec-safety-plans', version: 1, plans: [] }), /safety-plan backup/],
    ['nothing usable', JSON.stringify({ localResources: [{ id: 'x' }] }), /Nothing in this file could be used/],
    ['over 1 MB', 'x'.repeat(1024 * 1024 + 1), /too big/],
  ])('refuses %s and changes nothing', async (_name, text, why) => {
    expect(await loadPackAndSay(text, 'bad.json', builtInIds)).toMatch(why);
    expect(await resourcePacks.getValue()).toEqual([]);
  });

  it('lets a browser policy win over packs, and says so', async () => {
    await loadPack(packText(), 'file.json', builtInIds);
    const program = resolveProgram({ programName: 'Managed' }, await resourcePacks.getValue(), builtInIds);
    expect(program.from).toBe('policy');
    expect(program.settings.resources).toEqual([]);
    expect(program.skipped).toContainEqual({ where: 'Resource pack “Example pack”', why: expect.stringMatching(/policy sets/) });
  });
});
