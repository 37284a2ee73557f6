import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ObservationsScreen } from '@/components/observations/ObservationsScreen';
import { guide } from '@/content';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, knowCatalogs, setTranslator } from '@/utils/i18n';
import { noteLanguage } from '@/utils/settings';
import { freshRepository, servePlans } from '../plans/helpers';

const CASH = 'red-flag-excess-cash';
const entry = (id: string) => guide.find((e) => e.id === id);

// The side panel has both catalogs (virtual:ui-catalogs); here, a Spanish interface.
beforeAll(() => {
  knowCatalogs({ en, es });
  setTranslator(createTranslator('es', es));
});
afterAll(() => {
  knowCatalogs({});
  setTranslator(createTranslator('en', en));
});
afterEach(async () => {
  cleanup();
  await noteLanguage.setValue('auto');
});

async function showNote() {
  const { repository } = freshRepository();
  const client = servePlans(repository).connect('panel');
  const created = await client.call('create', { id: 'p' });
  await client.call('createObservation', {
    planId: 'p',
    id: 'o1',
    data: {
      observedOn: '2026-03-03',
      writtenOn: '2026-03-03',
      seen: 'Had a roll of bills.',
      flags: { [CASH]: true },
      told: [{ id: 'a', role: 'Attorney', name: '', on: '2026-03-04', reference: '' }],
    },
  });
  const plan = { ...created, data: { ...created.data, nickname: 'JD' } };
  const noop = () => {};
  const props = { client, entry, onEditPlan: () => undefined, onBack: noop, onCopy: noop, onInsert: noop, onPrintChecklist: noop };
  render(<ObservationsScreen plan={plan} {...props} today={() => '2026-03-10'} />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Nota para la corte' }));
  await user.click(screen.getByRole('button', { name: 'Elegir todas' }));
  return user;
}

/**
 * helper-62: a volunteer with a Spanish interface who writes court reports in English had to
 * switch the whole interface to get an English note.
 */
describe('the court note in a language of its own', () => {
  it('writes the note in English from a Spanish interface, dates, roles and the red flag’s wording included', async () => {
    const user = await showNote();
    const preview = await screen.findByLabelText('La nota');
    expect(preview.textContent).toMatch(
      /^El 3 de marzo de 2026, el\/la CASA observó: Had a roll of bills\. Esto incluyó una gran cantidad/,
    );
    expect(preview.getAttribute('lang')).toBe('es');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    const english = `On March 3, 2026, the CASA observed: Had a roll of bills. This included ${entry(CASH)!.observed}. The CASA informed the attorney on March 4, 2026.`;
    await waitFor(() => expect(screen.getByLabelText('La nota').textContent).toBe(english));
    expect(screen.getByLabelText('La nota').getAttribute('lang')).toBe('en');
    // The interface stays Spanish around it.
    expect(screen.getByRole('group', { name: 'Escribir la nota en' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insertar en la página' })).toBeTruthy();
    expect(await noteLanguage.getValue()).toBe('en');
  });

  it('remembers the choice the next time the note is opened', async () => {
    await noteLanguage.setValue('en');
    await showNote();
    await waitFor(() => expect(screen.getByLabelText('La nota').textContent).toMatch(/^On March 3, 2026, the CASA observed:/));
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
  });
});
