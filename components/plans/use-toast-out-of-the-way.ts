import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { boxesOverlap } from '@/utils/rects';

/**
 * A confirmation floats over the plan for a few seconds; it must never sit on the field being
 * worked in (helper-70 F10: "Restored…" hid a field for 6 s). While `shown`, focusing or typing
 * in a field under the toast calls `dismiss` (an error too: typing there is moving on). Only
 * then: a click or a key elsewhere keeps it, so what was just said stays readable; and the toast
 * takes no room in the page (fixed), so its going never moves what is under the pointer.
 */
export function useToastOutOfTheWay(toast: RefObject<HTMLElement | null>, shown: boolean, dismiss: () => void): void {
  useEffect(() => {
    if (!shown) return;
    const check = (e: Event) => {
      const field = e.target;
      if (!(field instanceof HTMLElement) || !toast.current || !field.matches('input, textarea, select, [contenteditable]')) return;
      if (boxesOverlap(field.getBoundingClientRect(), toast.current.getBoundingClientRect())) dismiss();
    };
    document.addEventListener('focusin', check);
    document.addEventListener('input', check);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('input', check);
    };
  }, [shown]);
}
