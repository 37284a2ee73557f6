/** How much of what was seen the log shows; the whole text is in the editor, the timeline and the note. */
export const PREVIEW_CHARS = 160;

/** The start of `text`, cut at PREVIEW_CHARS with an ellipsis: the log's preview and an entry's description. */
export const seenPreview = (text: string): string => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text);
