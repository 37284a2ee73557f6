import { hydrate } from 'preact';
import { speakLanguage } from '@/utils/guide-data';
import { App } from './App';

/** Attaches the app to the prerendered HTML in #app, keeping anything typed before it loaded. */
export function hydrateApp(): void {
  const root = document.getElementById('app')!;
  const typed = root.querySelector('input')?.value ?? '';
  // The page was prerendered in its language (popup.html English, popup-es.html Spanish).
  speakLanguage(document.documentElement.lang === 'es' ? 'es' : 'en');
  hydrate(<App initialQuery={typed} />, root);
  // Marks the moment the keys work; end-to-end tests wait for it.
  root.dataset.hydrated = 'true';
}
