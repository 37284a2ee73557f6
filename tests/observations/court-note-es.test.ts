import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAGS_ES } from '@/content/es';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { composeCourtNote, wordsToReconsider } from '@/utils/observations/court-note';
import { formatLongDate, formatMonth, questionDate, questionObservationDates } from '@/utils/observations/dates';
import { labellingWords } from '@/utils/observations/labelling-words';
import { flagCountsOverTime } from '@/utils/observations/timeline';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { TOLD_ROLES } from '@/utils/plans/observation-model';
import { observation, redFlagEntries } from './fixtures';

const CASH = 'red-flag-excess-cash';
const INJURIES = 'red-flag-injuries';
/** The red flags' neutral wording in Spanish, as the panel passes it to a Spanish note. */
const wording = (id: string) => RED_FLAGS_ES[id]?.observed;
const notConfirmed = { data: { csecStatus: 'Not confirmed' } };

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));

describe('the court-report note in Spanish, for a Spanish interface', () => {
  it.each([
    [
      'what was seen, in the advocate’s words (as typed), dated the Spanish way',
      { seen: 'Tenía dos teléfonos nuevos.\nDijo que se los dio una amiga.' },
      'El 3 de marzo de 2026, el/la CASA observó: Tenía dos teléfonos nuevos. Dijo que se los dio una amiga.',
    ],
    [
      'flags alone, in the guide’s neutral words in Spanish',
      { flags: { [CASH]: true, [INJURIES]: true } },
      'El 3 de marzo de 2026, el/la CASA observó una gran cantidad de dinero en efectivo y lesiones o señales de daño físico.',
    ],
    [
      'flags whose own words hold commas, parted by semicolons',
      { flags: { [CASH]: true, 'red-flag-fearful-demeanor': true, 'red-flag-older-partner': true } },
      'El 3 de marzo de 2026, el/la CASA observó una gran cantidad de dinero en efectivo; una relación con una pareja íntima de más edad; y miedo, ansiedad, desánimo, sumisión, tensión o nerviosismo.',
    ],
    [
      'words and flags together',
      { seen: 'Me mostró un rollo de billetes', flags: { [CASH]: true } },
      'El 3 de marzo de 2026, el/la CASA observó: Me mostró un rollo de billetes. Esto incluyó una gran cantidad de dinero en efectivo.',
    ],
    [
      'a later write-up, who was told and when, the referral number, the follow-up',
      {
        writtenOn: '2026-03-05',
        seen: 'Moretón en el brazo izquierdo.',
        told: [
          { id: 'a', role: 'CSW', name: 'M. Lee', on: '2026-03-04', reference: '' },
          { id: 'b', role: 'DCFS hotline', name: '', on: '2026-03-04', reference: '2026-0401-77' },
          { id: 'c', role: 'CASA supervisor', name: '', on: '', reference: '' },
          { id: 'd', role: 'Other', name: 'Isabel R.', on: '', reference: '' },
          { id: 'e', role: 'constructor', name: '', on: '', reference: '' },
        ],
        followUp: 'El/la CSW visitará la colocación esta semana',
      },
      'El 3 de marzo de 2026 (registrado el 5 de marzo de 2026), el/la CASA observó: Moretón en el brazo izquierdo. ' +
        'El/la CASA informó al/a la CSW (M. Lee) el 4 de marzo de 2026, a la Línea de Protección Infantil del DCFS el 4 de marzo de 2026 ' +
        '(número de referencia 2026-0401-77), al/a la supervisor/a de CASA, a Isabel R. y a otra persona. ' +
        'Seguimiento: El/la CSW visitará la colocación esta semana.',
    ],
    ['nothing but a date', {}, 'El 3 de marzo de 2026, el/la CASA hizo una observación; no se registraron detalles.'],
    [
      'no date observed',
      { observedOn: '', seen: 'Callada en la visita.' },
      'En una fecha no registrada (registrado el 3 de marzo de 2026), el/la CASA observó: Callada en la visita.',
    ],
  ])('%s', (_what, data, expected) => {
    expect(composeCourtNote([observation(data)], wording)).toBe(expected);
  });

  it('says a second-hand report as the reporter’s, in Spanish too (helper-69)', () => {
    expect(
      composeCourtNote([observation({ seen: 'Llegó a las 3 a. m.', reportedBy: 'La maestra', flags: { [CASH]: true } })], wording),
    ).toBe(
      'El 3 de marzo de 2026, La maestra informó al/a la CASA: Llegó a las 3 a. m. Lo informado incluyó una gran cantidad de dinero en efectivo.',
    );
  });

  it('never labels the youth: every flag and every role together give no labelling word', () => {
    const all = observation({
      flags: Object.fromEntries(redFlagEntries.map((e) => [e.id, true])),
      told: TOLD_ROLES.map((role, i) => ({ id: String(i), role, name: '', on: '2026-03-04', reference: '' })),
    });
    const note = composeCourtNote([all], wording);
    expect(note).toContain('lealtad o sentimientos positivos hacia una persona que causa preocupación');
    expect(note).toContain('y a otra persona el 4 de marzo de 2026.');
    expect(labellingWords(note)).toEqual([]);
  });
});

describe('the warning before a Spanish note leaves the panel', () => {
  it.each([
    ['víctima', 'Dijo que es víctima de su novio.', ['víctima']],
    ['without the accent', 'Una victima.', ['victima']],
    ['explotada, explotación', 'Creo que está siendo explotada; señales de explotacion.', ['explotada', 'explotacion']],
    ['tratante, de trata', 'Habló de un tratante. Sobreviviente de trata.', ['tratante', 'trata']],
    ['trata de personas', 'Posible trata de personas.', ['trata']],
    ['CSEC, in either language', 'Posible participación CSEC; she was trafficked.', ['CSEC', 'trafficked']],
    ['la explotan sexualmente', 'Dice que la explotan sexualmente.', ['explotan']],
    ['traficada, prostituida', 'Cree que fue traficada y prostituida.', ['traficada', 'prostituida']],
    ['padrote, proxeneta', 'Su padrote la esperaba; un proxeneta.', ['padrote', 'proxeneta']],
    // What a Spanish-first volunteer wrote and the check missed (helper-62).
    ['la explotan', 'Su novio la explotan, dice su amiga.', ['explotan']],
    ['tráfico sexual', 'Posible tráfico sexual.', ['tráfico sexual']],
    ['tráfico de personas', 'Habló de tráfico de personas.', ['tráfico de personas']],
    ['sexo por dinero', 'Dijo que tiene sexo por dinero.', ['sexo por dinero']],
    ['vende su cuerpo', 'Una amiga dice que vende su cuerpo.', ['vende su cuerpo']],
  ])('warns about “%s” while CSEC status is not confirmed', (_word, seen, words) => {
    expect(wordsToReconsider(composeCourtNote([observation({ seen })], wording), notConfirmed)).toEqual(words);
  });

  it.each([
    'Se trata de personas que la apoyan.',
    'La trata bien; trata de hablar con ella cada semana.',
    'Explotó de rabia cuando se canceló la visita.',
    'El globo explotó en la fiesta.',
    'Una victoria en el partido.',
    'Llegó tarde por el tráfico en la 405.',
    'Se le explotó el globo en la fiesta.',
    'Vende dulces en la escuela.',
  ])('does not warn about everyday Spanish: “%s”', (seen) => {
    expect(wordsToReconsider(composeCourtNote([observation({ seen })], wording), notConfirmed)).toEqual([]);
  });
});

describe('dates in Spanish', () => {
  it('formats dates and months as Spanish writes them', () => {
    expect(formatLongDate('2026-03-03')).toBe('3 de marzo de 2026');
    expect(formatLongDate('2026-03-03', 'en')).toBe('March 3, 2026');
    expect(formatLongDate('no es una fecha')).toBe('no es una fecha');
    expect(formatMonth(2026, 1)).toBe('ene 2026');
    expect(formatLongDate('0099-01-01', 'en')).toBe('January 1, 99');
  });

  it('questions dates in Spanish, never refusing them', () => {
    expect(questionDate('2026-03-11', '2026-03-10')).toBe('11 de marzo de 2026 es una fecha futura. ¿Es la fecha que quería poner?');
    expect(questionDate('2021-03-09', '2026-03-10')).toBe('9 de marzo de 2021 fue hace más de 5 años. ¿Es la fecha que quería poner?');
    expect(questionObservationDates({ observedOn: '2026-03-05', writtenOn: '2026-03-04' }, '2026-03-10')).toEqual({
      writtenOn: 'Esta fecha es anterior a la fecha de la observación. ¿Hay un error en alguna de las dos?',
    });
  });

  it('labels the timeline’s months in Spanish', () => {
    const buckets = flagCountsOverTime([observation({ observedOn: '2026-01-15' }), observation({ observedOn: '2026-02-02' })]);
    expect(buckets.map((b) => b.label)).toEqual(['ene 2026', 'feb 2026']);
  });
});
