import { afterEach } from 'vitest';

/** The page under test, emptied after each test. */
afterEach(() => {
  document.body.innerHTML = '';
});

/** `html` as the page, with its `[data-target]` element focused. */
export function field(html: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.body.querySelector('[data-target]') as HTMLElement;
  el.focus();
  return el;
}
