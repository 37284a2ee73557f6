import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintPlan } from '@/components/plans/PrintPlan';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator, type Lang } from '@/utils/i18n';
import { createPlan, type PlanData } from '@/utils/plans/model';

afterEach(() => {
  cleanup();
  setTranslator(createTranslator('en', en));
});

/** A new plan with `data` on top of what every new plan starts with, printed in a `lang` interface. */
function print(lang: Lang, data: PlanData) {
  setTranslator(createTranslator(lang, lang === 'es' ? es : en));
  const plan = createPlan(0, 'p', () => Math.random().toString(36).slice(2));
  render(<PrintPlan plan={{ ...plan, data: { ...plan.data, ...data } }} />);
  const article = screen.getByRole('article');
  const headings = within(article)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);
  return { article, headings, text: article.textContent ?? '' };
}

describe('the printed plan (issue #15)', () => {
  it.each([
    ['en', 'About this plan', 'Code word or signal'],
    ['es', 'Sobre este plan', 'Palabra clave o señal'],
  ] as const)('%s: prints no empty “%s” heading when only the nickname (the page title) is filled', (lang, about, codeWord) => {
    const { headings } = print(lang, { nickname: 'M.G.', codeWord: 'piña' });
    expect(headings).toContain(codeWord);
    expect(headings).not.toContain(about);
  });

  it.each(['en', 'es'] as const)('%s: never prints CSEC status, confirmed or not: the sheet may travel with the youth', (lang) => {
    for (const csecStatus of ['Confirmed', 'Not confirmed']) {
      const { text } = print(lang, { nickname: 'M.G.', planDate: '2026-03-01', csecStatus });
      // Only the footer's confidentiality reminder names it.
      const [body, footer] = text.split(/(?=Confiden)/);
      expect(body).not.toMatch(/confirm|CSEC/i);
      expect(footer).toMatch(/CSEC/);
      cleanup();
    }
  });

  it('never prints who confirmed CSEC status, how or when either (helper-69)', () => {
    const how = 'DCFS: a CSEC unit is assigned.';
    const { text } = print('en', { nickname: 'M.G.', csecStatus: 'Confirmed', csecConfirmedOn: '2026-03-03', csecConfirmedHow: how });
    expect(text).not.toContain(how);
    expect(text).not.toMatch(/March 3, 2026|When it was confirmed/);
  });

  it.each([
    ['en', 'Plan date: March 1, 2026'],
    ['es', 'Fecha del plan: 1 de marzo de 2026'],
  ] as const)('%s: prints a date as a letter writes it (“%s”), not as stored (helper-62)', (lang, line) => {
    const { text } = print(lang, { nickname: 'M.G.', planDate: '2026-03-01' });
    expect(text).toContain(line);
    expect(text).not.toContain('2026-03-01');
  });

  it('keeps the section when something besides the nickname is filled', () => {
    const { headings } = print('es', { nickname: 'M.G.', planDate: '2026-03-01' });
    expect(headings).toContain('Sobre este plan');
  });

  it.each([
    ['en', 'Not started'],
    ['es', 'Sin empezar'],
  ] as const)('%s: prints each service’s status as the editor shows it (“%s”)', (lang, status) => {
    const { article } = print(lang, {});
    const services = within(article).getByRole('list', { name: lang === 'es' ? 'Servicios' : 'Services' });
    const items = within(services).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    for (const item of items) expect(item.textContent).toMatch(new RegExp(` — ${status}$`));
    if (lang === 'es') expect(services.textContent).not.toMatch(/Not started/);
  });
});
