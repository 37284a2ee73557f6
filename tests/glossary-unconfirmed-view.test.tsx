import { cleanup, screen } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { localized } from '@/utils/format';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { createGuideSearch } from '@/utils/search';
import { renderGuideView } from './render-guide';

/** A term's detail says what its reference marks unconfirmed, under a label, in both languages (helper-65, 6). */
const search = createGuideSearch(guide, lexicon);
const trapHouse = guide.find((e) => e.id === 'term-trap-house')!;

afterEach(cleanup);
afterAll(() => setTranslator(createTranslator('en', en)));

describe.each([
  ['en', en, 'trap house'],
  ['es', es, 'trap house'],
] as const)('a glossary term with something unconfirmed, in %s', (lang, messages, query) => {
  it('says “Not confirmed:” and what, in the open term', async () => {
    setTranslator(createTranslator(lang, messages));
    const { user } = renderGuideView(search);
    await user.type(screen.getByRole('combobox', { name: messages.guide_search_label.message }), query);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const detail = screen.getByRole('region', { name: messages.entry_region.message });
    const note = detail.querySelector('.note-unconfirmed');
    expect(note?.textContent).toBe(`${messages.detail_unconfirmed.message} ${localized(trapHouse, lang).unconfirmed}`);
  });
});
