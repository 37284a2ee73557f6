/**
 * Alt+N: "Note this" on a red flag. Read from the physical key, because on macOS Option+N types
 * a dead key ("˜") rather than "n".
 */
export const isNoteKey = (e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>) =>
  e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
