import { afterEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { guide } from '@/content';
import { entryIdOfMenuItem, menuItems } from '@/utils/menus';
import { omniboxDescription, omniboxText, registerOmnibox } from '@/utils/omnibox';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { createGuideSearch } from '@/utils/search';
import { fakeEvent } from '../fake-events';
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);

describe('context menu items', () => {
  it('offers hotlines, then pinned, then recently used entries on editable fields', () => {
    const items = menuItems(search, ['red-flag-excess-cash'], ['phrase-here-to-talk']);
    const insert = items.filter((i) => 'parentId' in i && i.parentId === 'insert');
    const titles = insert.map((i) => ('title' in i ? i.title : '—'));
    expect(titles[0]).toBe('Hotlines');
    expect(titles[1]).toBe('National Human Trafficking Hotline');
    expect(titles).toEqual(
      expect.arrayContaining(['—', 'Pinned', 'Excess cash in their possession', 'Recently used', 'I am here to talk, if you need me.']),
    );
    expect(items.find((i) => i.id === 'insert')).toMatchObject({ contexts: ['editable'] });
    expect(items.find((i) => i.id === 'search-selection')).toMatchObject({
      title: 'Search the CSEC guide for “%s”',
      contexts: ['selection'],
    });
    expect(items.find((i) => i.id === 'open-safety-plans')).toMatchObject({ contexts: ['action'] });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('maps a clicked item back to its entry', () => {
    expect(entryIdOfMenuItem('insert:Recently used:phrase-here-to-talk')).toBe('phrase-here-to-talk');
    expect(entryIdOfMenuItem('search-selection')).toBeUndefined();
  });
});

describe('omnibox keyword “csec”', () => {
  it('escapes XML in Chrome descriptions, and leaves Firefox text alone', () => {
    expect(omniboxText('988 Suicide & Crisis <Lifeline>', true)).toBe('988 Suicide &amp; Crisis &lt;Lifeline&gt;');
    expect(omniboxText('988 Suicide & Crisis', false)).toBe('988 Suicide & Crisis');
  });

  it('suggests guide entries for “csec runaway”, and opens the chosen one in the guide', async () => {
    const fake = {
      runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
      omnibox: {
        setDefaultSuggestion: vi.fn(),
        onInputStarted: fakeEvent<[]>(),
        onInputChanged: fakeEvent<[string, (s: unknown[]) => void]>(),
        onInputEntered: fakeEvent<[string]>(),
      },
      windows: { getLastFocused: vi.fn(async () => ({ id: 3 })) },
      sidePanel: { open: vi.fn(async () => {}) },
      tabs: { create: vi.fn() },
    };
    registerOmnibox(fake as unknown as typeof browser, search);
    fake.omnibox.onInputStarted.fire();
    await vi.waitFor(() => expect(fake.windows.getLastFocused).toHaveBeenCalled());
    const suggest = vi.fn();
    fake.omnibox.onInputChanged.fire('runaway', suggest);
    const [suggestions] = suggest.mock.calls[0] as [Array<{ content: string; description: string }>];
    expect(suggestions[0]).toEqual({
      content: 'National Runaway Safeline',
      description: expect.stringMatching(/^National Runaway Safeline — Call 1-800-RUNAWAY/),
    });
    fake.omnibox.onInputEntered.fire('National Runaway Safeline');
    expect(fake.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });
});

describe('an omnibox suggestion says what every row says (helper-65)', () => {
  afterEach(() => setTranslator(createTranslator('en', en)));
  const unverified = guide.filter((e) => e.verified === false);

  it('marks a line no primary source confirms “Not verified”, before the text the address bar may cut', () => {
    expect(unverified.length).toBeGreaterThanOrEqual(3);
    for (const entry of unverified) expect(omniboxDescription(entry).startsWith(`${entry.title} (Not verified) — `), entry.id).toBe(true);
    const checked = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(omniboxDescription(checked)).not.toContain('Not verified');
  });

  it('speaks the interface’s language: Spanish titles and “No verificado” in a Spanish interface', () => {
    setTranslator(createTranslator('es', es));
    const saving = guide.find((e) => e.id === 'resource-saving-innocence')!;
    expect(omniboxDescription(saving)).toMatch(/^Saving Innocence.* \(No verificado\) — /);
    const hotline = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(omniboxDescription(hotline)).toMatch(/^Línea Nacional contra la Trata de Personas/);
  });
});
