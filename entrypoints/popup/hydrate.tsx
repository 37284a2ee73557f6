import { hydrate } from 'preact';
import { compiledGuide, speakLanguage, type GuideData } from '@/utils/guide-data';
import { createGuideSearch } from '@/utils/search';
import { App } from './App';

/** Attaches the app to the prerendered HTML in #app, keeping anything typed before it loaded. */
export function hydrateApp(data: GuideData): void {
  const root = document.getElementById('app')!;
  const typed = root.querySelector('input')?.value ?? '';
  // The page was prerendered in its language (popup.html English, popup-es.html Spanish).
  speakLanguage(document.documentElement.lang === 'es' ? 'es' : 'en');
  // One search per page; its index is built when the popup is idle, never per keystroke.
  const guide = compiledGuide(data);
  hydrate(<App guide={guide} builtInSearch={createGuideSearch(guide.entries, guide.compiled)} initialQuery={typed} />, root);
  // Marks the moment the keys work; end-to-end tests wait for it.
  root.dataset.hydrated = 'true';
}
