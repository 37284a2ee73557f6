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
