import { isRescuedFocus } from './focus-rescue';

/**
 * Where the focus lands when a screen of the side panel opens: on the screen (its heading or
 * first field), never on the page's body, so the next Tab goes on from there. Not while the
 * reader moves through the panel's tabs with the arrow keys: the focus stays on the tab then —
 * unless the tab only holds it as a stand-in (the lock screen gone, the plan not drawn yet).
 */
export function landFocus(target: HTMLElement | null | undefined, doc: Document = document): void {
  const active = doc.activeElement;
  if (!target || (active?.getAttribute('role') === 'tab' && !isRescuedFocus(active))) return;
  target.focus({ preventScroll: true });
}

/**
 * Focuses `root`'s first `selector` match, now or as soon as it is drawn: a tab's contents, loaded
 * on its first visit, replace the root's children (only those are watched: typing in a plan
 * must not run this). Returns what stops the waiting.
 */
export function focusWhenDrawn(root: HTMLElement, selector: string): () => void {
  const now = root.querySelector<HTMLElement>(selector);
  if (now) {
    now.focus();
    return () => {};
  }
  const watcher = new MutationObserver(() => {
    const drawn = root.querySelector<HTMLElement>(selector);
    if (!drawn) return;
    watcher.disconnect();
    drawn.focus();
  });
  watcher.observe(root, { childList: true });
  return () => watcher.disconnect();
}
