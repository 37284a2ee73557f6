import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { boxesOverlap } from '@/utils/rects';

/**
 * A confirmation floats over the plan for a few seconds; it must never sit on the field being
 * worked in (helper-70 F10: "Restored…" hid a field for 6 s), nor on a control the keyboard
 * reaches (helper-73: the last section's Copy button, WCAG 2.4.11). While `shown`, focusing
 * anything under the toast, or typing in it, calls `dismiss` (an error too: that is moving on).
 * Only then: a click or a key elsewhere keeps it, so what was just said stays readable. The toast
 * takes no room in the page (fixed), so its going never moves what is under the pointer, and a
 * click goes through it (plans.css).
 */
export function useToastOutOfTheWay(toast: RefObject<HTMLElement | null>, shown: boolean, dismiss: () => void): void {
  useEffect(() => {
    if (!shown) return;
    const check = (e: Event) => {
      const target = e.target;
      if (!(target instanceof HTMLElement) || !toast.current || toast.current.contains(target)) return;
      if (boxesOverlap(target.getBoundingClientRect(), toast.current.getBoundingClientRect())) dismiss();
    };
    document.addEventListener('focusin', check);
    document.addEventListener('input', check);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('input', check);
    };
  }, [shown]);
}
