import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PrintPage } from '@/components/plans/PrintPage';
import { PLAN_FORM_ES } from '@/content/es';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import { formatPlanText, formatReviewStatus } from '@/utils/plans/format';
import type { PlanData } from '@/utils/plans/model';
import { freshRepository, servePlans } from './helpers';

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));
afterEach(cleanup);

/** A plan with a nickname, a code word typed in English, a choice, go-bag items and a number, printed in a Spanish interface. */
async function printed(view: 'plan' | 'wallet', data: PlanData) {
  const { repository } = freshRepository();
  const { connect } = servePlans(repository);
  const panel = connect('panel');
  let plan = await panel.call('create', { id: 'p' });
  for (const [fieldId, value] of Object.entries(data))
    plan = (await panel.call('patch', { id: 'p', fieldId, value, baseRev: plan.rev, clientId: 'panel' })).plan;
  render(<PrintPage client={connect('print')} planId="p" view={view} onPrint={() => {}} />);
  return plan;
}

describe('the printed plan and wallet card in a Spanish interface (youth-facing: content/es)', () => {
  it('prints section titles, labels, choices and go-bag items in Spanish, and what was typed as typed', async () => {
    await printed('plan', {
      nickname: 'Mari',
      codeWord: 'blue umbrella',
      youthAgreed: 'Not yet',
      goBag: { ID: true, 'Phone charger': true },
    });
    await screen.findByRole('heading', { name: 'Plan de seguridad: Mari' });
    const article = screen.getByRole('article');
    const titles = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toContain(PLAN_FORM_ES.sections['code-word']!.title);
    expect(titles).toContain(PLAN_FORM_ES.sections.about!.title);
    const text = article.textContent ?? '';
    expect(text).toContain('blue umbrella');
    expect(text).toContain(`${PLAN_FORM_ES.fields.youthAgreed!.label}: Todavía no`);
    expect(text).toContain('Identificación, Cargador del teléfono');
    expect(text).toMatch(/Confidencial\. No comparta el estatus CSEC/);
    expect(text).not.toMatch(/Code word|Not yet|Phone charger|Confidential/);
    expect(screen.getByRole('button', { name: 'Imprimir o guardar como PDF' })).toBeTruthy();
  });

  it('prints the wallet card with a Spanish title and the plan’s numbers exactly as stored', async () => {
    const plan = await printed('wallet', {});
    const card = await screen.findByRole('article', { name: 'Tarjeta de bolsillo' });
    within(card).getByRole('heading', { name: 'Números que debes saber' });
    const numbers = (plan.data.numbers as { number?: string }[]).map((r) => r.number).filter(Boolean);
    expect(numbers).toContain('1-888-373-7888');
    expect([...card.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(numbers);
  });
});

describe('the plan as text and its review status in Spanish', () => {
  it('copies section titles and labels in Spanish, and typed words as typed', () => {
    const text = formatPlanText({ data: { nickname: 'Mari', codeWord: 'blue umbrella' } });
    const codeWord = PLAN_SECTIONS.find((s) => s.id === 'code-word')!;
    expect(text).toBe(
      `Plan de seguridad: Mari\n\n${PLAN_FORM_ES.sections.about!.title.toUpperCase()}\n${PLAN_FORM_ES.fields.nickname!.label}: Mari\n\n` +
        `${PLAN_FORM_ES.sections[codeWord.id]!.title.toUpperCase()}\n${PLAN_FORM_ES.fields.codeWord!.label}: blue umbrella`,
    );
  });

  it.each([
    ['2026-03-07', 'Revisión atrasada 3 días', true],
    ['2026-03-09', 'Revisión atrasada 1 día', true],
    ['2026-03-10', 'Revisión hoy', true],
    ['2026-03-15', 'Revisión en 5 días', false],
    ['', 'Sin fecha de revisión', false],
  ])('review on %s reads “%s”', (nextReview, label, due) => {
    expect(formatReviewStatus(nextReview, new Date(2026, 2, 10))).toEqual({ label, due });
  });
});
