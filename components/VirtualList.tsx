import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { itemTops, visibleRange } from '@/utils/virtual-range';

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** An item's contents (the list puts each in its own <li>). */
  renderItem: (item: T) => ComponentChildren;
  /** An item's height before it has been measured (px, its bottom spacing included). */
  estimate: number;
  label: string;
  class?: string;
  /**
   * An item to bring into view when the list appears (the plan just closed, far down a long
   * list): scrolled to, it is rendered, and its own effect can focus it.
   */
  reveal?: string;
}

/** Items rendered beyond each edge of the view. */
const OVERSCAN = 8;

/** The nearest ancestor that scrolls, which decides what is in view. */
function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(p).overflowY)) return p;
  }
  return document.documentElement;
}

/**
 * A list that renders only the items in view (and a few either side), however long it is:
 * spacers above and below stand in for the rest, from measured heights or the estimate.
 * Screen readers hear each item's position in the whole list. Tab always finds the next item
 * rendered: focusing one scrolls it into view, which brings the next ones in.
 */
export function VirtualList<T>({ items, itemKey, renderItem, estimate, label, class: className, reveal }: VirtualListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [range, setRange] = useState(() => ({ start: 0, end: Math.ceil((globalThis.innerHeight || 0) / estimate) + OVERSCAN }));
  // `measured` changes when a height does: the tops follow.
  const tops = useMemo(
    () => itemTops(items.map((item) => heights.current.get(itemKey(item)) ?? estimate)),
    [items, itemKey, estimate, measured],
  );

  // What is in view, now and on every scroll or resize.
  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const scroller = scrollParent(ul);
    const update = () => {
      const listTop = ul.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const next = visibleRange(tops, scroller.scrollTop - listTop, scroller.clientHeight, OVERSCAN);
      setRange((now) => (now.start === next.start && now.end === next.end ? now : next));
    };
    update();
    scroller.addEventListener('scroll', update, { passive: true });
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    resized?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', update);
      resized?.disconnect();
    };
  }, [tops]);

  // Each rendered item's real height, for the spacers.
  useLayoutEffect(() => {
    let changed = false;
    for (const li of list.current?.children ?? []) {
      const key = (li as HTMLElement).dataset.key;
      const height = (li as HTMLElement).offsetHeight;
      if (key && height && heights.current.get(key) !== height) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  const start = Math.min(range.start, items.length);
  const end = Math.min(Math.max(range.end, start), items.length);

  // Not rendered, it could not take the focus (helper-58: ← All plans from the 500th plan left the
  // focus on New safety plan): scroll to it, a third of the way down the view.
  useLayoutEffect(() => {
    const index = reveal === undefined ? -1 : items.findIndex((item) => itemKey(item) === reveal);
    const ul = list.current;
    if (index < 0 || (index >= start && index < end) || !ul) return;
    const scroller = scrollParent(ul);
    const listTop = ul.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = listTop + (tops[index] ?? 0) - scroller.clientHeight / 3;
    setRange(visibleRange(tops, scroller.scrollTop - listTop, scroller.clientHeight, OVERSCAN));
  }, [reveal]);
  return (
    <ul
      ref={list}
      class={className}
      aria-label={label}
      data-total={items.length}
      style={{ paddingTop: `${tops[start] ?? 0}px`, paddingBottom: `${(tops[items.length] ?? 0) - (tops[end] ?? 0)}px` }}
    >
      {items.slice(start, end).map((item, i) => {
        const key = itemKey(item);
        return (
          <li key={key} data-key={key} aria-setsize={items.length} aria-posinset={start + i + 1}>
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
