import { render } from 'preact';
import { browser } from 'wxt/browser';
import './style.css';
import { speakLanguage } from '@/utils/guide-data';
import { interfaceLanguage, watchInterfaceLanguage } from '@/utils/language';
import { App } from './App';

const root = document.getElementById('app')!;
// In the interface language (Settings, else the browser's); changing it redraws the panel.
void interfaceLanguage(browser).then((lang) => {
  render(<App key={speakLanguage(lang)} />, root);
  watchInterfaceLanguage(browser, (next) => render(<App key={speakLanguage(next)} />, root));
});
