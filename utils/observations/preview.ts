/** How much of what was seen the log shows; the whole text is in the editor, the timeline and the note. */
export const PREVIEW_CHARS = 160;

/**
 * The start of `text`, at most `max` characters, with an ellipsis when cut: at the end of a word
 * when one is near, whole characters (an emoji is never split in two), and no full stop or comma
 * left before the ellipsis (".…", helper-81).
 */
export function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max).join('');
  // At a word's end when one is near: "a new p…" read as a word of its own (helper-83).
  const space = cut.search(/\s\S*$/u);
  if (!/\s/u.test(chars[max] ?? '') && space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd().replace(/[.,;:]+$/u, '')}…`;
}

/** The start of `text`, cut at PREVIEW_CHARS with an ellipsis: the log's preview and an entry's description. */
export const seenPreview = (text: string): string => excerpt(text, PREVIEW_CHARS);
