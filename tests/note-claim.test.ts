import { describe, expect, it } from 'vitest';
import { createNoteClaims } from '@/utils/note-claim';

describe('“Note this” heard by several side panels', () => {
  it('is taken by the first panel that asks, and by no other', () => {
    const claim = createNoteClaims();
    expect(claim(1000, 'red-flag-excess-cash')).toBe(true);
    expect(claim(1000, 'red-flag-excess-cash')).toBe(false);
    expect(claim(1000, 'red-flag-excess-cash')).toBe(false);
    // Another press (a later time, or another flag) is a request of its own.
    expect(claim(2000, 'red-flag-excess-cash')).toBe(true);
    expect(claim(1000, 'red-flag-injuries')).toBe(true);
  });

  it('remembers only the last requests, so it never grows', () => {
    const claim = createNoteClaims(2);
    claim(1, 'a');
    claim(2, 'a');
    claim(3, 'a');
    expect(claim(3, 'a')).toBe(false);
    expect(claim(1, 'a')).toBe(true);
  });
});
