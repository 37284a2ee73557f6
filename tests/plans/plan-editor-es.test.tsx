import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WalletCard } from '@/components/plans/WalletCard';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { formatPlanText } from '@/utils/plans/format';
import { createPlan, newPlanData, rowsValue, STARTING_SERVICES, type Row } from '@/utils/plans/model';
import { openNewPlanIn } from './open-new-plan';

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));
afterEach(cleanup);

async function openNewPlan() {
  const { user, client } = await openNewPlanIn('+ Nuevo plan de seguridad');
  await user.click(screen.getByRole('button', { name: 'Abrir todas las secciones' }));
  const saved = () => waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Guardado'));
  const stored = async () => (await client.call('get', { id: (await client.call('list', {}))[0]!.id }))!;
  return { user, client, saved, stored };
}

const ENGLISH_PRESETS = /Birth certificate|Phone charger|Social worker \(CSW\)|Saving Innocence worker|Career exploration|Not started/;

describe('a new plan in a Spanish interface: its starting words in Spanish, stored as in English (issue #15)', () => {
  it('shows the go-bag checklist in Spanish and stores a checked item under its English name', async () => {
    const { user, saved, stored } = await openNewPlan();
    const bag = screen.getByRole('group', { name: 'Listo para llevar' });
    expect(
      within(bag)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent?.trim()),
    ).toEqual([
      'Identificación',
      'Acta de nacimiento',
      'Tarjeta del Seguro Social',
      'Medicinas',
      'Cargador del teléfono',
      'Algo de dinero',
    ]);
    await user.click(within(bag).getByRole('checkbox', { name: 'Cargador del teléfono' }));
    await saved();
    const plan = await stored();
    expect(plan.data.goBag).toEqual({ 'Phone charger': true });
    expect(within(bag).getByRole('checkbox', { name: 'Cargador del teléfono' })).toHaveProperty('checked', true);
  });

  it('shows the starting numbers’ names and services in Spanish, and keeps them in English when stored', async () => {
    const { user, saved, stored } = await openNewPlan();
    const numbers = screen.getByRole('group', { name: 'Números' });
    const labels = within(numbers)
      .getAllByRole('group')
      .map((row) => (within(row).getAllByRole('textbox')[0] as HTMLTextAreaElement).value);
    expect(labels).toContain('Trabajador/a social (CSW)');
    expect(labels).toContain('Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)');
    const services = screen.getByRole('group', { name: 'Servicios' });
    const rows = within(services).getAllByRole('group');
    expect(rows.map((row) => (within(row).getAllByRole('textbox')[0] as HTMLTextAreaElement).value)).toEqual([
      'Trabajador/a de Saving Innocence',
      'Terapia más intensiva (por ejemplo, EMDR)',
      'Segundo/a trabajador/a social del DCFS',
      'Fondos de restauración (Restoration Funds)',
      'Explorar carreras y trabajos',
      'Atención médica y de salud mental',
      'Necesidades de identificación y vivienda',
      "Servicios legales (Alliance for Children's Rights)",
    ]);
    expect(document.body.textContent).not.toMatch(ENGLISH_PRESETS);
    // An empty list says so in words that fit every list (“Personas de confianza”, “Lugares seguros”…).
    expect(within(screen.getByRole('group', { name: 'Personas de confianza' })).getByText('Nada todavía.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Ninguno todavía|tribunal/);
    // A note on one service: that row's words and the others stay stored in English.
    await user.type(within(rows[0]!).getAllByRole('textbox').at(-1)!, 'semanal');
    await saved();
    const plan = await stored();
    expect(rowsValue(plan, 'services').map((r) => r.service)).toEqual([...STARTING_SERVICES]);
    expect(rowsValue(plan, 'services')[0]?.notes).toBe('semanal');
    expect(rowsValue(plan, 'numbers').map((r) => r.label)).toEqual(rowsValue({ data: newPlanData() }, 'numbers').map((r) => r.label));
  });

  it('prints the wallet card and copies the plan with the starting names in Spanish, numbers as stored', () => {
    const plan = createPlan(0, 'p', () => Math.random().toString(36).slice(2));
    render(<WalletCard plan={plan} />);
    const names = [...document.querySelectorAll('dt')].map((d) => d.textContent);
    expect(names).toContain('Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)');
    expect(names).not.toContain('National Human Trafficking Hotline');
    expect([...document.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(
      (rowsValue(plan, 'numbers') as Row[]).map((r) => r.number).filter(Boolean),
    );
    const text = formatPlanText({ data: { ...plan.data, goBag: { ID: true } } });
    expect(text).toContain('Listo para llevar: Identificación');
    expect(text).toContain('- Trabajador/a de Saving Innocence — Sin empezar');
    expect(text).not.toMatch(ENGLISH_PRESETS);
  });
});
