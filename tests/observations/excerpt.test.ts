import { describe, expect, it } from 'vitest';
import { excerpt, seenPreview, PREVIEW_CHARS } from '@/utils/observations/preview';

describe('an excerpt of what was seen (the log, the note’s observation choices)', () => {
  it('leaves short text whole', () => {
    expect(excerpt('A new phone.', 80)).toBe('A new phone.');
  });

  it('leaves no full stop or comma before the ellipsis (helper-81: “friend gave her.…”)', () => {
    expect(excerpt('She said a friend gave her. Then she left', 27)).toBe('She said a friend gave her…');
    expect(excerpt('Cash, a phone, nails', 5)).toBe('Cash…');
  });

  it('never splits an emoji in two', () => {
    const text = `${'a'.repeat(79)}👀 and more`;
    expect(excerpt(text, 80)).toBe(`${'a'.repeat(79)}👀…`);
    expect(seenPreview(`${'b'.repeat(PREVIEW_CHARS - 1)}💜💜`)).toBe(`${'b'.repeat(PREVIEW_CHARS - 1)}💜…`);
  });

  it('cuts at the end of a word when one is near, not in its middle (helper-83: “a new p…”, “She sa…”)', () => {
    expect(excerpt('At the visit she had new nails and a phone she would not explain', 40)).toBe('At the visit she had new nails and a…');
    expect(excerpt('Tired. Tired. Tired. Tired.', 17)).toBe('Tired. Tired…');
    // One long word: cut inside it, as nothing else can be shown.
    expect(excerpt('x'.repeat(100), 80)).toBe(`${'x'.repeat(80)}…`);
  });
});
