import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Gives the focus back to the button that opened a question (or a form) once it closes, never
 * to the page: `focusBack(key)` focuses the element marked `data-action={key}` inside
 * `container`, after the render that closed the question has put it back.
 */
export function useFocusBack<K extends string>() {
  const container = useRef<HTMLDivElement>(null);
  const [to, setTo] = useState<K | null>(null);
  useLayoutEffect(() => {
    if (!to) return;
    container.current?.querySelector<HTMLElement>(`[data-action="${to}"]`)?.focus();
    setTo(null);
  }, [to]);
  return { container, focusBack: setTo };
}

/**
 * A box that opens away from the button that opened it (the clipboard warning, earlier versions
 * above the plan): it takes the focus as it opens (on `first` inside it), and gives it back to
 * that button once it closes — unless the reader has moved on elsewhere meanwhile.
 */
export function useFocusVisit(box: { current: HTMLElement | null }, first: (box: HTMLElement) => HTMLElement | null | undefined) {
  useLayoutEffect(() => {
    const opener = document.activeElement;
    if (box.current) first(box.current)?.focus();
    return () => {
      const now = document.activeElement;
      const stayed = !now || now === document.body || !!box.current?.contains(now);
      if (opener instanceof HTMLElement && opener.isConnected && stayed) opener.focus();
    };
  }, []);
}

/**
 * A keydown handler: Escape closes a question or a small form, as its Cancel does. An IME's
 * Escape only ends the composition being typed.
 */
export const closeOnEscape = (close: () => void) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape' || e.isComposing) return;
  e.preventDefault();
  e.stopPropagation();
  close();
};
