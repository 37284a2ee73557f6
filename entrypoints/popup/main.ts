import './style.css';

// The HTML already holds the popup's first screen (prerendered at build time): focus its
// search box now, and load the app after the first paint so opening never waits for it.
// Anything typed meanwhile is kept and searched once the app takes over.
document.getElementById('guide-search')?.focus();
requestAnimationFrame(() => setTimeout(() => void import('./hydrate').then(({ hydrateApp }) => hydrateApp())));
