import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

interface DateInputProps {
  id?: string;
  /** The saved date, YYYY-MM-DD or "". */
  value: string;
  describedBy?: string;
  /** A whole calendar date (or "" once every part is cleared) to save. */
  onDate: (input: HTMLInputElement) => void;
  /** The field shows a date that is not whole or not on the calendar (February 30): nothing is saved. */
  onUnfinished: () => void;
}

/**
 * Not a date to save yet: a part is empty or off the calendar (badInput), or the year is still
 * being typed. Chrome fills a year digit by digit (0002, 0020, 0202, 2026), each one a valid
 * date: saved, the court note would read "February 15, 2" after one key and a closed panel.
 */
const unfinished = (input: HTMLInputElement) => input.validity.badInput || (input.value !== '' && Number(input.value.slice(0, 4)) < 1000);

/**
 * A half-typed date is said to be unsaved when the field is left, or when typing in it pauses
 * this long: not on each key. Typed part by part at a screen reader's pace, a date goes through
 * in-between values that are not whole ("12/0_/____"), and an alert for each one interrupted the
 * advocate three times while one right date was typed (helper-60).
 */
export const UNFINISHED_AFTER_MS = 3_000;

/** Every part cleared by hand: an empty field that is not half-typed, over a saved date. */
const clearedOnPurpose = (input: HTMLInputElement, saved: string) => input.value === '' && !input.validity.badInput && saved !== '';

/**
 * A date field that never saves a half-typed date. A browser reports a date with an empty part,
 * or one the calendar lacks, as "" (badInput): saving that would silently erase the saved date.
 * It is not a controlled input, so a re-render does not wipe the parts being typed; the saved
 * date is put back when it changes elsewhere and when the field is left unfinished.
 */
export function DateInput({ id, value, describedBy, onDate, onUnfinished }: DateInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  const waitForPause = (then?: () => void) => {
    clearTimeout(pause.current);
    if (then) pause.current = setTimeout(then, UNFINISHED_AFTER_MS);
  };
  useEffect(() => () => clearTimeout(pause.current), []);
  useLayoutEffect(() => {
    const input = ref.current;
    if (input && input.value !== value && !(unfinished(input) && input === document.activeElement)) input.value = value;
  }, [value]);
  return (
    <input
      ref={ref}
      type="date"
      id={id}
      // Four-digit years: Chrome otherwise takes six (275760) and the year reads as nonsense.
      max="9999-12-31"
      autoComplete="off"
      spellcheck={false}
      aria-describedby={describedBy}
      onInput={(e) => {
        const input = e.currentTarget;
        if (!unfinished(input)) {
          waitForPause();
          onDate(input);
        } else if (input === document.activeElement) waitForPause(onUnfinished);
        else onUnfinished();
      }}
      // Chrome fires input once, when the first part is cleared (badInput); clearing the last part
      // changes no value and fires nothing. A field now empty on purpose is saved here instead.
      onKeyUp={(e) => clearedOnPurpose(e.currentTarget, value) && onDate(e.currentTarget)}
      onBlur={(e) => {
        const input = e.currentTarget;
        waitForPause();
        // Left half-typed: said again on leaving (typing into an empty field fires no input event,
        // and the saved date may have changed in another window since), then the saved date is back.
        if (unfinished(input)) {
          onUnfinished();
          input.value = value;
        } else if (clearedOnPurpose(input, value)) onDate(input);
      }}
    />
  );
}
