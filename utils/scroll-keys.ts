/**
 * Scroll keys for a page whose content scrolls in a region of its own (the side panel's tab,
 * under a header that never scrolls away). The browser scrolls the region the focus is in; with
 * the focus on nothing yet (the panel just opened) or in the header (Hide, the tabs), it finds
 * no scroller and the keys did nothing (helper-75 #5).
 */
export type ScrollMove = { by: number } | { to: 'start' | 'end' };

/** One line, as an arrow key scrolls in Chromium. */
const LINE = 40;

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * What `key` does to a region `height` px tall. From the page itself (`fromPage`: nothing has
 * the focus), every scroll key; from a control outside the region, only Page Up/Down: its own
 * keys (Space presses a button, arrows and Home/End move between tabs) stay its own.
 */
export function scrollMoveFor(e: KeyLike, height: number, fromPage: boolean): ScrollMove | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  // A page less a little overlap, so the line read last is still there to read on.
  const page = Math.max(height - LINE, height * 0.875);
  if (e.key === 'PageDown') return { by: page };
  if (e.key === 'PageUp') return { by: -page };
  if (!fromPage) return undefined;
  if (e.key === ' ') return { by: e.shiftKey ? -page : page };
  if (e.key === 'ArrowDown') return { by: LINE };
  if (e.key === 'ArrowUp') return { by: -LINE };
  if (e.key === 'Home') return { to: 'start' };
  if (e.key === 'End') return { to: 'end' };
  return undefined;
}

/**
 * Lets the scroll keys reach `region()` (the shown tab) while the focus is on the page itself or
 * inside `outside` (the header). A region that does not scroll itself (the Guide tab scrolls its
 * results) is left to the browser.
 */
export function routeScrollKeys(doc: Document, outside: () => Element | null, region: () => HTMLElement | null): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const active = doc.activeElement;
    const fromPage = !active || active === doc.body;
    const target = region();
    if (!target || (!fromPage && !outside()?.contains(active))) return;
    if (!/^(auto|scroll)$/.test(getComputedStyle(target).overflowY)) return;
    const move = scrollMoveFor(e, target.clientHeight, fromPage);
    if (!move) return;
    e.preventDefault();
    if ('by' in move) target.scrollBy({ top: move.by });
    else target.scrollTo({ top: move.to === 'start' ? 0 : target.scrollHeight });
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
