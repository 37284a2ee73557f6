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
