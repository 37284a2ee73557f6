import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '@/utils/rects';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('whether a toast sits on a field', () => {
  it.each([
    ['the field under the toast', box(0, 760, 380, 800), box(12, 750, 368, 792), true],
    ['a field partly under it', box(0, 700, 380, 755), box(12, 750, 368, 792), true],
    ['a field above it', box(0, 600, 380, 700), box(12, 750, 368, 792), false],
    ['a field touching its top edge', box(0, 700, 380, 750), box(12, 750, 368, 792), false],
    ['a field beside it', box(370, 750, 400, 792), box(12, 750, 368, 792), false],
    ['an empty box (nothing laid out)', box(0, 0, 0, 0), box(0, 0, 0, 0), false],
  ])('%s: %s', (_name, field, toast, overlaps) => {
    expect(boxesOverlap(field, toast)).toBe(overlaps);
    expect(boxesOverlap(toast, field)).toBe(overlaps);
  });
});
