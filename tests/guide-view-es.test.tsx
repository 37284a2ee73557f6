import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PopupFooter } from '@/components/PopupFooter';
import { guide } from '@/content';
import { CRISIS_CARD_ES } from '@/content/es';
import { lexicon } from '@/content/lexicon';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { formatEntryMessage } from '@/utils/format';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { createGuideSearch } from '@/utils/search';
import { fillTemplate } from '@/utils/templates';
import { guideWithEnglishOnly } from './english-only';
import { renderGuideView } from './render-guide';

// The gorilla-pimp term without its Spanish: the example of an entry with none (a program's own line).
const search = createGuideSearch(guideWithEnglishOnly(guide, 'term-gorilla-pimp'), lexicon);

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));
afterEach(cleanup);

async function openCard() {
  const { user, copyText } = renderGuide();
  await user.keyboard('{Enter}');
  const card = screen.getByRole('region', { name: es.entry_region.message });
  return { card, user, copyText };
}

const renderGuide = () => renderGuideView(search);

/** The card's English line names and phone labels (issue #15's QA run found these on the Spanish card). */
const ENGLISH_LINES =
  /Emergency \(police|988 Suicide & Crisis Lifeline:|^LA County DCFS|\(in California\)|\(outside California\)|^National Human Trafficking Hotline/m;

describe('“Cuando no puede esperar” in a Spanish interface (issue #15)', () => {
  it('names each line and phone in Spanish, numbers unchanged', async () => {
    const { card } = await openCard();
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(CRISIS_CARD_ES.title);
    const names = [...card.querySelectorAll('.line-name')].map((n) => n.textContent ?? '');
    expect(names).toContain('Emergencias (policía, bomberos, ambulancia)');
    expect(names).toContain('Línea 988 de Prevención del Suicidio y Crisis (988 Suicide & Crisis Lifeline)');
    expect(names).toContain('Línea de Protección Infantil del DCFS del Condado de Los Ángeles (LA County DCFS Child Protection Hotline)');
    expect(names).toContain('Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)');
    expect(within(card).getAllByRole('link', { name: '1-800-540-4000 (en California)' }).length).toBeGreaterThan(0);
    expect(within(card).getAllByRole('link', { name: '213-639-4500 (fuera de California)' }).length).toBeGreaterThan(0);
    expect(names.join('\n')).not.toMatch(ENGLISH_LINES);
    expect(card.textContent).not.toMatch(/\((in|outside) California\)/);
  });

  it('speaks to the advocate with usted throughout, its text links and its copy too', async () => {
    const { card, user, copyText } = await openCard();
    const texts = within(card)
      .getAllByRole('link')
      .map((a) => a.textContent ?? '')
      .filter((t) => /mensaje/.test(t));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^envíe /);
    expect(card.textContent).not.toMatch(/\bmanda\b|\bllama al\b/);
    await user.click(within(card).getByRole('button', { name: 'Copiar la tarjeta' }));
    const copied = copyText.mock.calls.at(-1)?.[0] ?? '';
    expect(copied).toMatch(/^Cuando no puede esperar/);
    expect(copied).toContain('Emergencias (policía, bomberos, ambulancia): llame al 911');
    expect(copied).toContain('1-800-540-4000 (en California)');
    expect(copied).not.toMatch(/\bmanda\b|\bllama\b|\bchatea\b/);
    expect(copied).not.toMatch(ENGLISH_LINES);
  });

  it('keeps tú in the hotline message copied for a youth', () => {
    const hotline = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(formatEntryMessage(hotline, 'es')).toMatch(/llama al 1-888-373-7888.* manda .*233733/);
  });
});

describe('the Spanish entry detail and popup footer (issue #15)', () => {
  it('names a related entry by its Spanish title in “Vea también”', async () => {
    const { user } = await openCard();
    await user.keyboard('{Escape}');
    const input = screen.getByRole('combobox', { name: es.guide_search_label.message });
    await user.type(input, 'línea de trata');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = screen.getByRole('region', { name: es.entry_region.message });
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toMatch(/^Línea Nacional contra la Trata de Personas/);
    const related = within(detail).getByText(es.see_also.message.trim()).parentElement!;
    expect(related.textContent).toContain(
      'Lo que la Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline) hace y no hace',
    );
    expect(related.textContent).not.toMatch(/will and won't do/);
  });

  it('names the Shift key “Mayús” in the footer, as everywhere else in Spanish', () => {
    render(<PopupFooter shortcuts={{ popup: 'Alt+Mayús+G', plans: '' }} onOpenPlans={() => {}} onChangeShortcuts={() => {}} />);
    const keys = [...document.querySelectorAll('.footer-keys kbd')].map((k) => k.textContent);
    expect(keys).toContain('Mayús+Enter');
    expect(keys.join(' ')).not.toMatch(/Shift/);
  });
});

describe('an entry not translated into Spanish yet, in the Spanish popup', () => {
  it('is marked “En inglés”, and Enter, Ctrl+Enter and its details still copy or insert its English, saying so', async () => {
    // A glossary term made English-only above: every guide entry has its Spanish now.
    const { user, copyText, insertText } = renderGuide();
    const input = screen.getByRole('combobox', { name: es.guide_search_label.message });
    await user.type(input, 'gorilla pimp');
    const row = screen.getByRole('option', { selected: true });
    expect(row.querySelector('.option-title')?.textContent).toBe('Gorilla (guerrilla) pimp');
    expect(row.querySelector('.badge-english')?.textContent).toBe('En inglés');
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^“Gorilla \(guerrilla\) pimp” \(street term\): An exploiter/));
    expect(screen.getByRole('status').textContent).toBe('Copiado en inglés: Gorilla (guerrilla) pimp');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).toHaveBeenLastCalledWith(
      expect.stringMatching(/^“Gorilla \(guerrilla\) pimp” \(street term\): An exploiter/),
      expect.anything(),
    );
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = screen.getByRole('region', { name: es.entry_region.message });
    expect(detail.textContent).toContain(es.detail_english_only.message);
    copyText.mockClear();
    await user.click(within(detail).getByRole('button', { name: es.detail_copy_message.message }));
    expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^“Gorilla \(guerrilla\) pimp” \(street term\): An exploiter/));
    expect(screen.getByRole('status').textContent).toBe('Copiado en inglés: Gorilla (guerrilla) pimp');
  });

  it('reads a red flag in Spanish, as the observations word it, and copies it in Spanish', async () => {
    const { user, copyText } = renderGuide();
    await user.type(screen.getByRole('combobox', { name: es.guide_search_label.message }), 'efectivo');
    const row = screen.getByRole('option', { selected: true });
    expect(row.querySelector('.option-title')?.textContent).toBe('Exceso de dinero en efectivo en su poder');
    expect(row.querySelector('.badge-english')).toBeNull();
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^Exceso de dinero en efectivo/));
  });

  it('a translated entry, or the “Cuando no puede esperar” row, carries no such mark; it copies its Spanish', async () => {
    const { user, copyText } = renderGuide();
    const card = screen.getByRole('option', { selected: true });
    expect(card.textContent).toMatch(/^Cuando no puede esperar/);
    expect(card.querySelector('.badge-english')).toBeNull();
    await user.type(screen.getByRole('combobox', { name: es.guide_search_label.message }), 'línea de trata');
    const row = screen.getByRole('option', { selected: true });
    expect(row.querySelector('.badge-english')).toBeNull();
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^Línea Nacional contra la Trata de Personas/));
    expect(screen.getByRole('status').textContent).toMatch(/^Copiado: /);
  });
});

describe('“Personalizar…” in a Spanish interface (helper-54)', () => {
  it('words the message in Spanish, as Enter on the row would, with call or text chosen', async () => {
    const { user, copyText } = renderGuide();
    const input = screen.getByRole('combobox', { name: es.guide_search_label.message });
    await user.type(input, 'linea nacional contra la trata');
    const hotline = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(screen.getByRole('option', { selected: true }).querySelector('.option-title')?.textContent).toBe(hotline.es?.title);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: es.detail_personalise.message }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(hotline.es?.title);
    await user.click(screen.getByRole('radio', { name: es.fill_channel_text.message }));
    await user.keyboard('{Enter}');
    const copied = copyText.mock.lastCall?.[0] ?? '';
    expect(copied).toMatch(/^Línea Nacional contra la Trata de Personas/);
    expect(copied).toContain('233733');
    expect(copied).not.toMatch(/call|text 233733|confidential/);
    expect(copied).not.toContain('1-888-373-7888');
  });

  it('puts a first name before a Spanish phrasing, its “¿” kept and the word after it in lower case', () => {
    const phrase = guide.find((e) => e.kind === 'phrasing' && formatEntryMessage(e, 'es').startsWith('¿'))!;
    const spanish = formatEntryMessage(phrase, 'es');
    expect(fillTemplate(phrase, { name: 'Ana' }, 'es')).toBe(`Ana, ¿${spanish.charAt(1).toLowerCase()}${spanish.slice(2)}`);
  });
});
