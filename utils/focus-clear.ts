/**
 * Keeps the focused element out from under a bar that sticks to the top of its scroller (the
 * plan editor's, with Back, Saved and Sections). Tab and Shift+Tab scroll an element only to
 * the scroller's edge, where the bar covers it: a keyboard user saw the ring around the bar's
 * buttons and typed into a field they could not see.
 */
export function keepFocusClear(scroller: HTMLElement, bar: () => Element | null, margin = 8): () => void {
  let frame = 0;
  const onFocus = (event: FocusEvent) => {
    const target = event.target as Element;
    cancelAnimationFrame(frame);
    // After the browser's own scroll into view, which follows the focus event.
    frame = requestAnimationFrame(() => {
      const cover = bar();
      if (!cover || cover.contains(target) || !target.isConnected) return;
      const hidden = cover.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
      if (hidden > 0) scroller.scrollTop -= hidden + margin;
    });
  };
  scroller.addEventListener('focusin', onFocus);
  return () => {
    cancelAnimationFrame(frame);
    scroller.removeEventListener('focusin', onFocus);
  };
}
