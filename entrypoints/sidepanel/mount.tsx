import { render } from 'preact';
import catalogs from 'virtual:ui-catalogs';
import { browser } from 'wxt/browser';
import { speakLanguage } from '@/utils/guide-data';
import { t, type Lang } from '@/utils/i18n';
import { interfaceLanguage, watchInterfaceLanguage } from '@/utils/language';
import { App } from './App';
import type { PanelBoot } from './boot';
import type { PanelPlace } from './App';
import { linkedSettings } from './links';

/**
 * Draws the side panel, with the plans already asked for, in the interface language (Settings,
 * else the browser's); changing the language redraws it.
 */
export function mount(boot: PanelBoot): void {
  const root = document.getElementById('app')!;
  /** The tab shown and the plan open, kept across a redraw in another language. */
  const place: PanelPlace = { tab: linkedSettings ? 'settings' : 'plans' };
  const speak = (lang: Lang) => {
    const spoken = speakLanguage(lang, catalogs);
    document.title = t('panel_title');
    return spoken;
  };
  void interfaceLanguage(browser).then((lang) => {
    render(<App key={speak(lang)} boot={boot} place={place} />, root);
    watchInterfaceLanguage(browser, (next) => render(<App key={speak(next)} boot={boot} place={place} />, root));
  });
}
