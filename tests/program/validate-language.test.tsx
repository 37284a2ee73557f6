import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgramSettings } from '@/components/ProgramSettings';
import { guide } from '@/content';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { resolveProgram } from '@/utils/program/resolve';
import { loadPackAndSay, resourcePacks } from '@/utils/program/store';
import { checkProgramSettings } from '@/utils/program/validate';

const builtInIds = new Set(guide.map((e) => e.id));
const policy = (raw: unknown) => checkProgramSettings(raw, { via: 'policy', builtInIds });
const line = (over: Record<string, unknown> = {}) => ({
  id: 'supervisor-line',
  title: 'Supervisors’ line',
  body: 'Weekdays.',
  phones: [{ number: '323-555-0100' }],
  ...over,
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => setTranslator(createTranslator('en', en)));

describe('what was skipped, said in the interface’s language (helper-71 #2)', () => {
  it('says where and why in Spanish in a Spanish interface, with no English left', () => {
    setTranslator(createTranslator('es', es));
    const { skipped } = policy({
      localResources: [line({ title: undefined }), line({ id: 'b', website: 'http://example.org' })],
      hideEntries: ['crisis-danger-now', 'no-such-entry'],
      requireLock: 'yes',
      maxAutoLockMinutes: 0,
      colour: 'red',
    });
    expect(skipped).toEqual([
      { where: '“colour”', why: 'este ajuste no se conoce' },
      { where: 'Recurso local “supervisor-line”', why: 'el título no es texto' },
      { where: 'Recurso local “b”', why: 'el sitio web debe ser una dirección https://' },
      { where: 'Entrada oculta “crisis-danger-now”', why: 'lo que hay que hacer cuando no puede esperar siempre se muestra' },
      { where: 'Entrada oculta “no-such-entry”', why: 'la guía no tiene ninguna entrada con este id' },
      { where: 'Exigir el bloqueo', why: 'debe ser true o false' },
      { where: 'Bloqueo automático más largo', why: 'debe ser un número entero de minutos, de 1 a 1440' },
    ]);
  });

  it('names a pack a policy overrides, and the program’s fallback name, in Spanish', () => {
    setTranslator(createTranslator('es', es));
    const pack = { id: 'p', name: 'Paquete', loadedAt: 0, data: { localResources: [line()] } };
    expect(resolveProgram({ programName: 'CASA' }, [pack], builtInIds).skipped).toEqual([
      {
        where: 'Paquete de recursos “Paquete”',
        why: 'la política de su navegador define las líneas de su programa, así que no se usan paquetes',
      },
    ]);
    expect(policy({ localResources: [line()] }).settings.resources[0]?.source).toMatchObject({ name: 'su programa de CASA' });
  });

  it('counts the skipped lines the Spanish way', () => {
    setTranslator(createTranslator('es', es));
    const many = Array.from({ length: 10_000 }, (_, i) => line({ id: `line-${i}` }));
    expect(policy({ localResources: many }).skipped).toEqual([
      { where: 'Recursos locales', why: 'solo se usan los primeros 100; se omitieron 9900 más' },
    ]);
  });
});

describe('what an administrator reads in the skipped list (helper-71 #10)', () => {
  it('lists an id named twice once, and hides it once', () => {
    const { settings, skipped } = policy({ hideEntries: ['resource-clcht-call', 'resource-clcht-call', 'nope', 'nope'] });
    expect(settings.hiddenIds).toEqual(['resource-clcht-call']);
    expect(skipped).toEqual([{ where: 'Hidden entry “nope”', why: 'the guide has no entry with this id' }]);
  });

  it('names a list or an object as such (not “a object”), and true or false as written', () => {
    const { skipped } = policy({ hideEntries: [{ id: 1 }, ['x'], true] });
    expect(skipped.map((s) => s.where)).toEqual(['Hidden entry “an object”', 'Hidden entry “a list”', 'Hidden entry “true”']);
  });

  it('takes a tab pasted from a spreadsheet as a space, not as a control character', () => {
    const { settings, skipped } = policy({ localResources: [line({ title: 'Supervisors’\tline', body: 'Weekdays\t9–5.' })] });
    expect(skipped).toEqual([]);
    expect(settings.resources[0]).toMatchObject({ title: 'Supervisors’ line', body: 'Weekdays 9–5.' });
  });
});

describe('a pack with nothing usable (helper-71 #9)', () => {
  it('names each of its first problems, and how many more, so it is not fixed one error per try', async () => {
    const pack = JSON.stringify({
      localResources: [{ id: 'a' }, { id: 'B' }, line({ id: 'c', phones: [] }), line({ id: 'd', website: 'x' }), { id: 'e' }],
    });
    const said = await loadPackAndSay(pack, 'pack.json', builtInIds);
    expect(said).toBe(
      'Nothing in this file could be used. Nothing was loaded. What is wrong: ' +
        'Local resource “a”: it has no phone number; Local resource “B”: id must be lowercase words joined by hyphens; ' +
        'Local resource “c”: it has no phone number. …and 2 more.',
    );
    expect(await resourcePacks.getValue()).toEqual([]);
  });
});

describe('Settings ▸ Su programa in Spanish (helper-73 #11)', () => {
  afterEach(cleanup);

  it('says the program line’s channels in Spanish and keeps the program’s own words as written', () => {
    setTranslator(createTranslator('es', es));
    const program = resolveProgram({ localResources: [line()] }, [], builtInIds);
    render(<ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} />);
    const item = screen.getByText('Supervisors’ line').closest('li')!;
    expect(item.textContent).toMatch(/^Supervisors’ line — Llame al 323-555-0100/);
    expect(item.textContent).not.toMatch(/\bCall\b/);
  });
});
