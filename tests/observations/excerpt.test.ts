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
});
