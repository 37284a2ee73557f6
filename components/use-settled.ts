import { useEffect, useState } from 'preact/hooks';

/** How long typing pauses before a message about what is typed is worded (and so spoken). */
export const SETTLE_MS = 1_000;

/**
 * `text` as a live message should show it: at once, unless the caret is in `field()` and typing
 * goes on — then once typing pauses. A screen reader speaks every change of a live region, so a
 * message worded on each keystroke is read for half-words and in-between dates ("This says
 * 'traffick'", then "'trafficke'"; "December 30 is in the future" while "December 1" is typed),
 * over the echo of the keys (helper-60). An emptied message goes at once: it says nothing; so
 * does one that no longer fits what is being typed.
 */
export function useSettled(text: string, field: () => Element | null | undefined): string {
  const [shown, setShown] = useState(text);
  useEffect(() => {
    const box = field();
    const typing = !!box?.contains(document.activeElement);
    if (!text || !typing) return setShown(text);
    // Meanwhile the note about what was there before goes (it was stale: "before the date
    // observed" under a date now after it); an emptied live region says nothing.
    setShown('');
    const show = () => setShown(text);
    const timer = setTimeout(show, SETTLE_MS);
    // Leaving the field (Tab) ends the typing: the note is worded then, not a second later
    // (helper-61: a date in the future said nothing when the field was left).
    const left = (e: FocusEvent) => {
      if (!box?.contains(e.relatedTarget as Node | null)) show();
    };
    box?.addEventListener('focusout', left as EventListener);
    return () => {
      clearTimeout(timer);
      box?.removeEventListener('focusout', left as EventListener);
    };
  }, [text]);
  return shown;
}
