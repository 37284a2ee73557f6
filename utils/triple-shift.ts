/** Three presses of Shift alone within this many milliseconds hide the panel. */
export const TRIPLE_SHIFT_WINDOW_MS = 900;

/**
 * Returns a keydown handler that answers true on the third press of Shift alone in a row.
 * Shift is used because Escape already means "back" or "clear" (quick-exit practice).
 */
export function createTripleShiftDetector(
  now: () => number = () => performance.now(),
): (event: Pick<KeyboardEvent, 'key' | 'repeat'>) => boolean {
  let presses: number[] = [];
  return (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return false;
    }
    if (event.repeat) return false;
    const t = now();
    presses = [...presses.filter((p) => t - p <= TRIPLE_SHIFT_WINDOW_MS), t];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}

/** A pause in typing this long (ms) tells a key meant for Show from the rest of a sentence. */
export const TYPING_PAUSE_MS = 1500;

/**
 * Returns a keydown handler that answers whether this key continues typing: a printable key
 * came less than TYPING_PAUSE_MS before it. Shift ×3 hides mid-sentence and leaves the caret
 * on Show, so the sentence's next Space pressed Show: the panel came back, or the lock screen,
 * the rest of the sentence going into the passphrase (helper-70 F11).
 */
export function createTypingGuard(now: () => number = () => performance.now()): (event: Pick<KeyboardEvent, 'key'>) => boolean {
  let last = -Infinity;
  return (event) => {
    const t = now();
    const continues = t - last < TYPING_PAUSE_MS;
    // One character: a letter, a digit, a space, a mark (not Shift, Enter, Tab or an arrow).
    if ([...event.key].length === 1) last = t;
    return continues;
  };
}
