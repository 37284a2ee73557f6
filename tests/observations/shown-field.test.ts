import { describe, expect, it } from 'vitest';
import { OBSERVATION_FORM_ES, PLAN_FORM_ES } from '@/content/es';
import { shownField, shownObservationField, shownPlanField } from '@/utils/observations/shown-field';
import { PLAN_FIELDS } from '@/utils/plans/form';
import type { Row } from '@/utils/plans/model';
import { OBSERVATION_FIELDS } from '@/utils/plans/observation-model';

const told: Row[] = [
  { id: 'a', role: 'Attorney', name: 'M. Lee', on: '2026-03-04', reference: '' },
  { id: 'b', role: 'constructor', name: '', on: '', reference: '' },
  { id: 'c', name: 'no role yet' },
];

describe('a field shown in the page’s language, stored as the form has it', () => {
  it('labels the observation’s fields and columns in Spanish, and shows “Who” in Spanish', () => {
    const { field, show, store } = shownObservationField('told', 'es');
    expect(field.label).toBe('A quién se le avisó, y cuándo');
    expect(field.kind === 'rows' && field.columns.map((c) => c.label)).toEqual([
      'Quién',
      'Nombre',
      'Fecha del aviso',
      'Número de referencia (Línea de Protección Infantil del DCFS)',
    ]);
    expect(field.kind === 'rows' && field.columns[0]!.choices).toContain('Abogado/a');
    const shown = show(told) as Row[];
    expect(shown.map((r) => r.role)).toEqual(['Abogado/a', 'constructor', undefined]);
    expect(store(shown)).toEqual(told);
  });

  it('labels in Spanish the fields asked under another one (how CSEC status was confirmed), with their hints', () => {
    const details = [...PLAN_FIELDS.values()].filter((f) => f.onlyFor);
    expect(details.map((f) => f.id)).toEqual(['csecConfirmedOn', 'csecConfirmedHow']);
    for (const f of details) expect(shownPlanField(f.id, 'es').field.label).not.toBe(f.label);
    expect(shownPlanField('csecConfirmedHow', 'es').field).toMatchObject({
      label: 'Quién lo confirmó y cómo',
      hint: expect.stringMatching(/^El DCFS o la corte/),
    });
  });

  it('swaps a choice field both ways (CSEC status) and keeps hints', () => {
    const { field, show, store } = shownPlanField('csecStatus', 'es');
    expect(field.label).toBe(PLAN_FORM_ES.fields.csecStatus!.label);
    expect(show('Confirmed')).toBe('Confirmado');
    expect(show('')).toBe('');
    expect(store('No confirmado')).toBe('Not confirmed');
    expect(shownObservationField('seen', 'es').field).toMatchObject({
      label: 'Lo que vio u oyó',
      hint: OBSERVATION_FORM_ES.fields.seen!.hint,
    });
  });

  it('changes nothing in English, or for a field the words do not name', () => {
    expect(shownObservationField('told', 'en').field).toBe(OBSERVATION_FIELDS.get('told'));
    expect(shownObservationField('told', 'en').show(told)).toBe(told);
    const nickname = PLAN_FIELDS.get('nickname')!;
    expect(shownField(nickname, OBSERVATION_FORM_ES).field).toBe(nickname);
  });
});
