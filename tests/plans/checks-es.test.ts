import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBSERVATION_FORM_ES } from '@/content/es/observation-form';
import { PLAN_FORM_ES } from '@/content/es/plan-form';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { PLAN_FIELDS } from '@/utils/plans/form';
import { checkFieldValue } from '@/utils/plans/model';
import { OBSERVATION_FIELDS } from '@/utils/plans/observation-model';

describe('a refused value, in a Spanish interface, names the field as the advocate sees it', () => {
  beforeAll(() => setTranslator(createTranslator('es', es)));
  afterAll(() => setTranslator(createTranslator('en', en)));

  it('a plan field: its Spanish label, not the English one', () => {
    const message = checkFieldValue(PLAN_FIELDS.get('codeWord')!, 'x'.repeat(5000))!;
    expect(message).toContain(PLAN_FORM_ES.fields.codeWord!.label);
    expect(message).not.toContain('Code word or signal');
  });

  it('an observation field: its Spanish label', () => {
    const seen = OBSERVATION_FIELDS.get('seen')!;
    expect(checkFieldValue(seen, 42)).toContain(OBSERVATION_FORM_ES.fields.seen!.label);
  });
});
