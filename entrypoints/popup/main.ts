import './style.css';

// The HTML already holds the popup's first screen (prerendered at build time), its search box
// focused by `autofocus`. This script is async (scripts/prerender-plugin.ts): it may run
// before the page is parsed, so it starts once it is. The app and the guide load after the
// first paint, so opening never waits for them; anything typed meanwhile is kept and searched
// once the app takes over.
function start(): void {
  document.getElementById('guide-search')?.focus();
  requestAnimationFrame(() =>
    setTimeout(
      () =>
        void Promise.all([import('./hydrate'), import('virtual:guide-data')]).then(([{ hydrateApp }, { default: guide }]) =>
          hydrateApp(guide),
        ),
    ),
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
