type KeyPress = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;

/**
 * Alt+letter, read from the physical key, because on macOS Option+letter types another
 * character ("˜" for N, "ß" for S) rather than the letter.
 */
const altLetter = (e: KeyPress, code: string) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === code;

/** Alt+N: "Note this" on a red flag. */
export const isNoteKey = (e: KeyPress) => altLetter(e, 'KeyN');

/** Alt+S: the plan editor's "Sections", from anywhere in the plan (helper-58: 25–52 Shift+Tabs otherwise). */
export const isSectionsKey = (e: KeyPress) => altLetter(e, 'KeyS') && !e.shiftKey;
