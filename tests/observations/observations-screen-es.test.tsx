import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ObservationsScreen } from '@/components/observations/ObservationsScreen';
import { PlanChooser } from '@/components/observations/PlanChooser';
import { guide } from '@/content';
import { CONFIDENTIALITY_NOTE_ES } from '@/content/es';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import type { Plan } from '@/utils/plans/model';
import type { ObservationData } from '@/utils/plans/observation-model';
import { freshRepository, servePlans } from '../plans/helpers';

const CASH = 'red-flag-excess-cash';
const entry = (id: string) => guide.find((e) => e.id === id);

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));
afterEach(cleanup);

/** A plan "JD" with one observation of `data`, and its observations screen in a Spanish interface. */
async function setup(data: ObservationData, csecStatus?: string) {
  const { repository } = freshRepository();
  const client = servePlans(repository).connect('panel');
  const created = await client.call('create', { id: 'p' });
  await client.call('createObservation', { planId: 'p', id: 'o1', data: { observedOn: '2026-03-03', writtenOn: '2026-03-03', ...data } });
  const plan: Plan = { ...created, data: { ...created.data, nickname: 'JD', ...(csecStatus && { csecStatus }) } };
  const onEditPlan = vi.fn((_field: string, _value: unknown) => undefined);
  const onInsert = vi.fn();
  const props = {
    client,
    entry,
    onEditPlan,
    onBack: () => {},
    onCopy: () => {},
    onInsert,
    onPrintChecklist: () => {},
    today: () => '2026-03-10',
  };
  const view = render(<ObservationsScreen plan={plan} {...props} />);
  const replan = (more: Plan['data']) =>
    view.rerender(<ObservationsScreen plan={{ ...plan, data: { ...plan.data, ...more } }} {...props} />);
  return { repository, onEditPlan, onInsert, replan, user: userEvent.setup() };
}

const stored = async (repository: ReturnType<typeof freshRepository>['repository']) => (await repository.observations('p')).observations;

describe('observations in a Spanish interface', () => {
  it('shows the log, the red flags and the form in Spanish, and stores what the English form stores', async () => {
    const { repository, user } = await setup({ seen: 'Tenía un rollo de billetes.', flags: { [CASH]: true } });
    await screen.findByRole('heading', { name: 'Observaciones: JD' });
    const views = screen.getByRole('group', { name: 'Vistas de las observaciones' });
    expect(
      within(views)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Registro', 'Cronología', 'Nota para la corte', 'Lista de verificación']);
    expect(await screen.findByText('3 de marzo de 2026')).toBeTruthy();
    expect(screen.getByText('Exceso de dinero en efectivo en su poder')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '+ Nueva observación' }));
    expect(((await screen.findByLabelText('Fecha de la observación')) as HTMLInputElement).value).toBe('2026-03-10');
    expect(screen.getByRole('heading', { name: 'Observación del 10 de marzo de 2026' })).toBeTruthy();
    const flags = screen.getByRole('group', { name: 'Señales de alerta observadas' });
    const injuries = within(flags).getByRole('checkbox', { name: /^Lesiones o señales de abuso físico/ });
    expect(injuries.closest('label')?.textContent).toContain('que puede que el/la joven no quiera explicar');
    await user.click(injuries);
    fireEvent.input(screen.getByLabelText('Lo que vio u oyó'), { target: { value: 'Moretón en el brazo.' } });
    await user.click(screen.getByRole('button', { name: '+ Agregar a quién se le avisó' }));
    const who = screen.getByLabelText('Quién') as HTMLSelectElement;
    expect([...who.options].map((o) => o.text)).toContain('Abogado/a');
    fireEvent.change(who, { target: { value: 'Abogado/a' } });
    fireEvent.input(screen.getByLabelText('Fecha de la observación'), { target: { value: '2099-01-01' } });
    expect(await screen.findByText('1 de enero de 2099 es una fecha futura. ¿Es la fecha que quería poner?')).toBeTruthy();

    // What is stored does not depend on the language: flag ids, and "Who" as the English form has it.
    await waitFor(async () => {
      const written = (await stored(repository)).find((o) => o.id !== 'o1');
      expect(written?.data).toMatchObject({ flags: { 'red-flag-injuries': true }, seen: 'Moretón en el brazo.', observedOn: '2099-01-01' });
      expect((written?.data.told as Array<Record<string, string>>)[0]?.role).toBe('Attorney');
    });
    expect(who.value).toBe('Abogado/a');
    await user.click(screen.getByRole('button', { name: 'Listo' }));
    await screen.findByRole('button', { name: 'Registro' });
  });

  it('asks for the referral number only on a row for the DCFS hotline, as the Spanish form names it', async () => {
    const { user } = await setup({ seen: 'Tenía un rollo de billetes.', flags: { [CASH]: true } });
    await user.click(await screen.findByRole('button', { name: '+ Nueva observación' }));
    await user.click(await screen.findByRole('button', { name: '+ Agregar a quién se le avisó' }));
    const referral = () => screen.queryByLabelText('Número de referencia (Línea de Protección Infantil del DCFS)');
    expect(referral()).not.toBeNull();
    fireEvent.change(screen.getByLabelText('Quién'), { target: { value: 'Abogado/a' } });
    await waitFor(() => expect(referral()).toBeNull());
    fireEvent.change(screen.getByLabelText('Quién'), { target: { value: 'Línea de Protección Infantil del DCFS' } });
    await waitFor(() => expect(referral()).not.toBeNull());
  });

  it('writes the court-report note in Spanish, and warns in Spanish before a note that says “víctima” leaves the panel', async () => {
    const { user, onEditPlan, onInsert, replan } = await setup({
      seen: 'Dijo que es víctima de su novio.',
      flags: { [CASH]: true },
      told: [{ id: 'a', role: 'Attorney', name: '', on: '2026-03-04', reference: '' }],
    });
    await user.click(await screen.findByRole('button', { name: 'Nota para la corte' }));
    await user.click(screen.getByRole('button', { name: 'Elegir todas' }));
    const preview = await screen.findByLabelText('La nota');
    expect(preview.textContent).toBe(
      'El 3 de marzo de 2026, el/la CASA observó: Dijo que es víctima de su novio. Esto incluyó una gran cantidad de dinero en efectivo. ' +
        'El/la CASA informó al/a la abogado/a el 4 de marzo de 2026.',
    );
    expect(screen.getByRole('status').textContent).toBe('Dice “víctima”: se le preguntará antes de que salga del panel.');
    const status = screen.getByRole('group', { name: '¿El DCFS o la corte han confirmado el estatus CSEC?' });
    expect(
      within(status)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent?.trim()),
    ).toEqual(['No confirmado', 'Confirmado']);

    await user.click(screen.getByRole('button', { name: 'Insertar en la página' }));
    const warning = screen.getByRole('alertdialog');
    expect(warning.textContent).toContain(
      'Esta nota dice “víctima”, y este plan no indica que el DCFS o la corte hayan confirmado el estatus CSEC.',
    );
    expect(warning.textContent).toContain(CONFIDENTIALITY_NOTE_ES.body);
    expect(warning.textContent).toContain('(traducido del inglés)');
    await user.click(within(warning).getByRole('button', { name: 'Volver' }));
    expect(onInsert).not.toHaveBeenCalled();

    // Confirmed in Spanish is stored as the English choice; then the note goes out with no warning.
    await user.click(within(status).getByRole('radio', { name: 'Confirmado' }));
    expect(onEditPlan).toHaveBeenCalledWith('csecStatus', 'Confirmed');
    replan({ csecStatus: 'Confirmed' });
    expect((screen.getByRole('radio', { name: 'Confirmado' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Insertar en la página' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onInsert).toHaveBeenCalledWith(preview.textContent, 'la nota');
  });

  it('shows the timeline and the checklist in Spanish', async () => {
    const { user } = await setup({
      flags: { [CASH]: true },
      told: [{ id: 'a', role: 'CASA supervisor', name: '', on: '', reference: '' }],
    });
    await user.click(await screen.findByRole('button', { name: 'Cronología' }));
    expect(await screen.findByRole('img', { name: /Señales de alerta anotadas a lo largo del tiempo/ })).toBeTruthy();
    expect(screen.getByText('mar 2026: 1 señal')).toBeTruthy();
    expect(screen.getByText('Se avisó a: Supervisor/a de CASA')).toBeTruthy();
    expect(document.querySelector('.flag-chart title')?.textContent).toBe('mar 2026: 1 señal de alerta en 1 observación');
    await user.click(screen.getByRole('button', { name: 'Lista de verificación' }));
    expect(screen.getByRole('heading', { name: 'Lista de señales de alerta para imprimir' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '3 de marzo de 2026 — 1 señal de alerta' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimir la lista llena (0)' })).toBeTruthy();
  });
});

describe('“Note this” with no plan open, in a Spanish interface', () => {
  it('names the red flag in Spanish when it asks which youth', () => {
    const noop = () => {};
    render(<PlanChooser plans={[]} flagTitle={entry(CASH)!.title} onChoose={noop} onCreate={noop} onCancel={noop} />);
    expect(screen.getByRole('heading', { name: 'Anotar “Exceso de dinero en efectivo en su poder”: ¿para qué joven?' })).toBeTruthy();
    expect(screen.getByText('Todavía no hay ningún plan. Primero cree uno para este/a joven.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '+ Nuevo plan de seguridad' })).toBeTruthy();
  });
});
