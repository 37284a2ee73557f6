import type { browser as Browser } from 'wxt/browser';
import { formatKeyText, localized } from './format';
import { openGuideWith } from './guide-request';
import type { GuideEntry } from '@/content';
import type { GuideSearch } from './search';
import { currentLang, t } from './i18n';

/** Chrome reads omnibox descriptions as XML (so "&" and "<" must be escaped); Firefox as text. */
export function omniboxText(text: string, xml: boolean): string {
  return xml
    ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    : text;
}

/**
 * One suggestion's text, in the interface's language: its title, then (before anything the
 * address bar may cut) "Not verified" for a line no primary source confirms, as every row and
 * copy of it says (contacts.md), then its number or first words.
 */
export function omniboxDescription(entry: GuideEntry): string {
  const lang = currentLang();
  const caveat = entry.verified === false ? ` (${t('option_not_verified')})` : '';
  return `${localized(entry, lang).title}${caveat} — ${formatKeyText(entry, lang)}`.slice(0, 140);
}

/** Background: `csec <words>` in the address bar suggests guide entries; Enter opens the guide. */
export function registerOmnibox(browser: typeof Browser, search: GuideSearch): { refreshOmnibox: () => void } {
  const xml = browser.runtime.getURL('/').startsWith('chrome-extension:');
  const refreshOmnibox = () => browser.omnibox.setDefaultSuggestion({ description: omniboxText(t('omnibox_default'), xml) });
  refreshOmnibox();
  // Known before Enter: the panel must open synchronously inside the Enter, with no await.
  let windowId: number | undefined;
  browser.omnibox.onInputStarted.addListener(() => void browser.windows.getLastFocused().then((w) => (windowId = w.id)));
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    suggest(
      search.search(text, { limit: 5 }).map((entry) => ({
        // What the address bar holds when this suggestion is chosen: its title, found again below.
        content: entry.title,
        description: omniboxText(omniboxDescription(entry), xml),
      })),
    );
  });
  browser.omnibox.onInputEntered.addListener((text) => {
    const chosen = search.search(text, { limit: 1 })[0];
    const request = chosen && chosen.title === text ? { entryId: chosen.id } : { query: text.slice(0, 200) };
    openGuideWith(browser, windowId, request);
  });
  return { refreshOmnibox };
}
