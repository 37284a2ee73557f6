/** Where the scrolled parts of a page region are, to put them back when it is shown again. */
export interface ScrollMemory {
  /** Scrolls every element that was scrolled while watched back to where it was left. */
  restore(): void;
  stop(): void;
}

/**
 * Watches the scroll positions inside `root` (itself included). A hidden side-panel tab is
 * `display: none`, and browsers do not reliably keep the scroll position of what they stop
 * laying out (Firefox resets it), so the panel keeps it itself. Scroll events do not bubble,
 * hence the capturing listener; while `root` is hidden, nothing is recorded.
 */
export function watchScroll(root: HTMLElement): ScrollMemory {
  const positions = new Map<Element, readonly [number, number]>();
  const onScroll = (event: Event) => {
    const el = event.target;
    if (root.hidden || !(el instanceof Element)) return;
    positions.set(el, [el.scrollTop, el.scrollLeft]);
  };
  root.addEventListener('scroll', onScroll, true);
  return {
    restore() {
      for (const [el, [top, left]] of positions) {
        if (!el.isConnected) positions.delete(el);
        else el.scrollTo?.(left, top);
      }
    },
    stop: () => root.removeEventListener('scroll', onScroll, true),
  };
}
