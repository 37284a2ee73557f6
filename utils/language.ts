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
 * Background: the toolbar popup in the interface language. Each language has its own
 * prerendered page (popup.html, popup-es.html), so the first screen paints in the right words.
 */
export function registerPopupLanguage(browser: typeof Browser, onLanguage: (lang: Lang) => void): void {
  const apply = (lang: Lang) => {
    void browser.action.setPopup({ popup: lang === 'es' ? 'popup-es.html' : 'popup.html' });
    onLanguage(lang);
  };
  void interfaceLanguage(browser).then(apply);
  watchInterfaceLanguage(browser, apply);
}
