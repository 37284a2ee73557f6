import type { browser as Browser } from 'wxt/browser';
import { resolveLang, t, type Lang } from './i18n';
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

/** Firefox's sidebar, which names itself in its header and switcher with this title. */
interface SidebarTitle {
  sidebarAction?: { setTitle(details: { title: string }): Promise<void> };
}

/**
 * Background: the toolbar popup in the interface language. Each language has its own
 * prerendered page (popup.html, popup-es.html), so the first screen paints in the right words.
 * `onLanguage` makes the background speak `lang` (its `t`); Firefox's sidebar title follows.
 */
export function registerPopupLanguage(browser: typeof Browser, onLanguage: (lang: Lang) => void): void {
  const apply = (lang: Lang) => {
    void browser.action.setPopup({ popup: popupPage(lang) });
    onLanguage(lang);
    // The manifest's title is the browser's language; a Spanish interface in an English Firefox kept it (helper-71).
    void (browser as unknown as SidebarTitle).sidebarAction?.setTitle({ title: t('panel_title') }).catch(() => {});
  };
  void interfaceLanguage(browser).then(apply);
  watchInterfaceLanguage(browser, apply);
}
