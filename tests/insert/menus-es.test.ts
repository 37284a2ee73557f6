import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { handleMenuClick } from '@/utils/insert/register';
import { menuItems } from '@/utils/menus';
import { createGuideSearch } from '@/utils/search';

const search = createGuideSearch(guide, lexicon);

beforeAll(() => setTranslator(createTranslator('es', es)));
afterAll(() => setTranslator(createTranslator('en', en)));

/** helper-62: in a Spanish interface the right-click menu named the hotlines in English, and inserted English. */
describe('the right-click menus in a Spanish interface', () => {
  it('names the hotlines and a pinned red flag in Spanish', () => {
    const titles = menuItems(search, ['red-flag-excess-cash'], [])
      .filter((i) => 'parentId' in i && i.parentId === 'insert')
      .map((i) => ('title' in i ? i.title : '—'));
    expect(titles[0]).toBe('Líneas de ayuda');
    expect(titles[1]).toMatch(/^Línea Nacional contra la Trata de Personas/);
    expect(titles).not.toContain('National Human Trafficking Hotline');
    expect(titles).toContain('Exceso de dinero en efectivo en su poder');
  });

  it('inserts the Spanish message of the item chosen', async () => {
    const executeScript = vi.fn(async () => [{ result: { ok: true, method: 'execCommand', inserted: 5, truncated: false } }]);
    const fake = {
      runtime: { id: 'x', getURL: (p: string) => `chrome-extension://x/${p}` },
      tabs: { get: vi.fn(async (id: number) => ({ id, url: 'https://case-system.example/notes' })) },
      scripting: { executeScript },
      action: { openPopup: vi.fn(async () => {}) },
    };
    await handleMenuClick(
      fake as unknown as typeof browser,
      search,
      { menuItemId: 'insert:Líneas de ayuda:hotline-runaway-safeline' },
      { id: 9 },
    );
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ args: [expect.stringMatching(/^Línea Nacional para Jóvenes .*1-800-786-2929.*66008/)] }),
    );
  });
});
