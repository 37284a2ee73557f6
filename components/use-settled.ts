import { useEffect, useState } from 'preact/hooks';

/** How long typing pauses before a message about what is typed is worded (and so spoken). */
export const SETTLE_MS = 1_000;

/**
 * `text` as a live message should show it: at once, unless the caret is in `field()` and typing
 * goes on — then once typing pauses. A screen reader speaks every change of a live region, so a
 * message worded on each keystroke is read for half-words and in-between dates ("This says
 * 'traffick'", then "'trafficke'"; "December 30 is in the future" while "December 1" is typed),
 * over the echo of the keys (helper-60). An emptied message goes at once: it says nothing.
 */
export function useSettled(text: string, field: () => Element | null | undefined): string {
  const [shown, setShown] = useState(text);
  useEffect(() => {
    const typing = !!field()?.contains(document.activeElement);
    if (!text || !typing) return setShown(text);
    const timer = setTimeout(() => setShown(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return shown;
}
