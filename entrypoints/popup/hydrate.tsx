import { hydrate } from 'preact';
import { App } from './App';

/** Attaches the app to the prerendered HTML in #app, keeping anything typed before it loaded. */
export function hydrateApp(): void {
  const root = document.getElementById('app')!;
  const typed = root.querySelector('input')?.value ?? '';
  hydrate(<App initialQuery={typed} />, root);
  // Marks the moment the keys work; end-to-end tests wait for it.
  root.dataset.hydrated = 'true';
}
