import type { browser as Browser } from 'wxt/browser';
import { resolveLang, type Lang } from './i18n';
import { uiLanguage } from './settings';

/** The interface language now: the advocate's choice in Settings, else the browser's. */
export async function interfaceLanguage(browser: typeof Browser): Promise<Lang> {
  return resolveLang(await uiLanguage.getValue(), browser.i18n.getUILanguage());
}

/** Calls `onChange` with the interface language whenever the setting changes. */
export function watchInterfaceLanguage(browser: typeof Browser, onChange: (lang: Lang) => void): () => void {
  return uiLanguage.watch((choice) => onChange(resolveLang(choice, browser.i18n.getUILanguage())));
}

/**
 * What to store to show the interface in `lang`: 'auto' when the browser already speaks it, so
 * a volunteer who switches away and back follows the browser again, as before.
 */
export const choiceFor = (lang: Lang, browserLanguage: string): Lang | 'auto' =>
  resolveLang('auto', browserLanguage) === lang ? 'auto' : lang;

/** Shows the whole extension in `lang` from now on (the popup's "Español" / "English"). */
export async function chooseInterfaceLanguage(browser: typeof Browser, lang: Lang): Promise<void> {
  await uiLanguage.setValue(choiceFor(lang, browser.i18n.getUILanguage()));
}

/** The popup's page for `lang`: each language has its own, prerendered. */
export const popupPage = (lang: Lang): string => (lang === 'es' ? 'popup-es.html' : 'popup.html');

/**
 * Background: the toolbar popup in the interface language. Each language has its own
 * prerendered page (popup.html, popup-es.html), so the first screen paints in the right words.
 */
export function registerPopupLanguage(browser: typeof Browser, onLanguage: (lang: Lang) => void): void {
  const apply = (lang: Lang) => {
    void browser.action.setPopup({ popup: popupPage(lang) });
    onLanguage(lang);
  };
  void interfaceLanguage(browser).then(apply);
  watchInterfaceLanguage(browser, apply);
}
