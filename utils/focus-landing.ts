/**
 * Where the focus lands when a screen of the side panel opens: on the screen (its heading or
 * first field), never on the page's body, so the next Tab goes on from there. Not while the
 * reader moves through the panel's tabs with the arrow keys: the focus stays on the tab then.
 */
export function landFocus(target: HTMLElement | null | undefined, doc: Document = document): void {
  if (!target || doc.activeElement?.getAttribute('role') === 'tab') return;
  target.focus({ preventScroll: true });
}
