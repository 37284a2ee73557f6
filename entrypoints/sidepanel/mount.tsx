import { render } from 'preact';
import { browser } from 'wxt/browser';
import { speakLanguage } from '@/utils/guide-data';
import { interfaceLanguage, watchInterfaceLanguage } from '@/utils/language';
import { App } from './App';
import type { PanelBoot } from './boot';

/**
 * Draws the side panel, with the plans already asked for, in the interface language (Settings,
 * else the browser's); changing the language redraws it.
 */
export function mount(boot: PanelBoot): void {
  const root = document.getElementById('app')!;
  void interfaceLanguage(browser).then((lang) => {
    render(<App key={speakLanguage(lang)} boot={boot} />, root);
    watchInterfaceLanguage(browser, (next) => render(<App key={speakLanguage(next)} boot={boot} />, root));
  });
}
