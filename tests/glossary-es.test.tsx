import { cleanup, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { glossaryGuidance, guide } from '@/content';
import { GLOSSARY_ES, GLOSSARY_GUIDANCE_ES } from '@/content/es/glossary';
import { lexicon } from '@/content/lexicon';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { formatEntryMessage } from '@/utils/format';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { createGuideSearch } from '@/utils/search';
import { renderGuideView } from './render-guide';

/**
 * The glossary in a Spanish interface (content/es/glossary.ts): helper-62 found its 41 terms the
 * last of the guide still in English, and "chulo" (pimp) finding four unrelated hotlines.
 */
const search = createGuideSearch(guide, lexicon);
const byId = (id: string) => guide.find((e) => e.id === id)!;

afterEach(cleanup);

const renderGuide = () => renderGuideView(search);

describe('the glossary in a Spanish interface', () => {
  beforeAll(() => setTranslator(createTranslator('es', es)));
  afterAll(() => setTranslator(createTranslator('en', en)));

  it('finds the term a Spanish word names, reads it in Spanish and copies it in Spanish', async () => {
    const { user, copyText } = renderGuide();
    await user.type(screen.getByRole('combobox', { name: es.guide_search_label.message }), 'chulo');
    const row = screen.getByRole('option', { selected: true });
    expect(row.querySelector('.option-title')?.textContent).toBe(GLOSSARY_ES['term-trafficker']!.title);
    expect(row.querySelector('.badge-english')).toBeNull();
    await user.keyboard('{Enter}');
    // A street word is copied as it is said, in English and in quotes, never as ours.
    expect(copyText).toHaveBeenLastCalledWith(
      `“Trafficker / pimp / exploiter / facilitator” (término de la calle): ${GLOSSARY_ES['term-trafficker']!.meaning}`,
    );
  });

  it('shows a term’s meaning, why it matters and the guidance above every term in Spanish', async () => {
    const { user } = renderGuide();
    await user.type(screen.getByRole('combobox', { name: es.guide_search_label.message }), 'the life');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = screen.getByRole('region', { name: es.entry_region.message });
    const term = GLOSSARY_ES['term-the-life']!;
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(term.title);
    expect(detail.textContent).toContain(term.meaning);
    expect(within(detail).getByRole('heading', { name: es.term_why.message })).toBeTruthy();
    expect(detail.textContent).toContain(term.why);
    expect(detail.textContent).toContain(term.note);
    expect(detail.querySelector('details summary')?.textContent).toBe(GLOSSARY_GUIDANCE_ES.summary);
    expect(detail.textContent).toContain(es.detail_translation.message);
    // The English meaning only in the English message below, never above as the entry's own.
    expect(detail.querySelector('.detail-body')?.textContent).toBe(term.meaning);
  });
});

describe('the glossary in an English interface', () => {
  it('is as before: English meaning and guidance, copied in English, the Spanish one Alt+Enter away', async () => {
    const { user, copyText } = renderGuide();
    await user.type(screen.getByRole('combobox'), 'the life');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = screen.getByRole('region', { name: en.entry_region.message });
    expect(detail.textContent).toContain(byId('term-the-life').meaning!);
    expect(detail.querySelector('details summary')?.textContent).toBe(glossaryGuidance.summary);
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith(formatEntryMessage(byId('term-the-life'), 'en'));
    expect(copyText.mock.lastCall?.[0]).toMatch(/^“The life \/ the game” \(street term\): Street names/);
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(copyText.mock.lastCall?.[0]).toMatch(/^“The life \/ the game” \(término de la calle\): Nombres de la calle/);
  });
});
