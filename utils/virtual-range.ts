/** Which items of a long list to render: the ones in view, and a few either side. */

/** `tops[i]`: where item i starts, from the list's top; `tops[n]`: the list's whole height. */
export function itemTops(heights: readonly number[]): number[] {
  const tops = new Array<number>(heights.length + 1);
  tops[0] = 0;
  for (let i = 0; i < heights.length; i++) tops[i + 1] = tops[i]! + heights[i]!;
  return tops;
}

/** The first item whose bottom is below `y` (binary search over `tops`). */
function firstEndingBelow(tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The items [start, end) that overlap the view [viewTop, viewTop + viewHeight) (in the list's
 * own coordinates), widened by `overscan` items either side so Tab and small scrolls always
 * find the next item already there.
 */
export function visibleRange(
  tops: readonly number[],
  viewTop: number,
  viewHeight: number,
  overscan: number,
): { start: number; end: number } {
  const count = tops.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = firstEndingBelow(tops, Math.max(0, viewTop));
  const last = firstEndingBelow(tops, Math.max(0, viewTop + viewHeight - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
