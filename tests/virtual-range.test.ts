import { describe, expect, it } from 'vitest';
import { itemTops, visibleRange } from '@/utils/virtual-range';

describe('item 9: which plans of a long list are rendered', () => {
  const tops = itemTops(Array.from({ length: 5000 }, () => 100));

  it.each([
    ['the top of the list', 0, 600, { start: 0, end: 14 }],
    ['the middle', 250_050, 600, { start: 2492, end: 2515 }],
    ['the end', 499_500, 600, { start: 4987, end: 5000 }],
    ['past the end', 600_000, 600, { start: 4992, end: 5000 }],
    ['above the list (it starts lower down)', -300, 600, { start: 0, end: 11 }],
  ])('item 9: in view at %s: only those, and 8 either side', (_where, top, height, range) => {
    expect(visibleRange(tops, top, height, 8)).toEqual(range);
  });

  it('item 9: measured heights move what follows; an empty list renders nothing', () => {
    expect(itemTops([50, 120, 80])).toEqual([0, 50, 170, 250]);
    expect(visibleRange(itemTops([50, 120, 80]), 60, 20, 0)).toEqual({ start: 1, end: 2 });
    expect(visibleRange(itemTops([]), 0, 600, 8)).toEqual({ start: 0, end: 0 });
  });
});
