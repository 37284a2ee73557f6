/** Elements holding the focus only because what had it went away (not by the reader's choice). */
const rescued = new WeakSet<Element>();

/** Whether `el` has the focus as a stand-in, put there by the rescue rather than by the reader. */
export const isRescuedFocus = (el: Element | null | undefined): boolean => !!el && rescued.has(el);

/**
 * Keeps the keyboard's place when what had the focus goes away (a question answered, the lock
 * screen replaced by the plans, "Show" after a quick hide, a plan deleted): browsers drop the
 * focus to the page's body then, where the next Tab starts from the top and a screen reader says
 * nothing. `land()` names where it goes instead. Only a removed element's focus is moved: a
 * click on the page's background is left as the reader made it.
 */
export function watchFocusRescue(doc: Document, land: () => HTMLElement | null | undefined): () => void {
  let last: Element | null = null;
  const remember = (e: FocusEvent) => {
    last = e.target instanceof Element ? e.target : null;
  };
  const rescue = () => {
    if (!last || last.isConnected || (doc.activeElement && doc.activeElement !== doc.body)) return;
    last = null;
    const landed = land();
    landed?.focus({ preventScroll: false });
    if (landed && doc.activeElement === landed) {
      // Until it moves on, this focus is a stand-in: a screen that opens next may take it.
      rescued.add(landed);
      landed.addEventListener('blur', () => rescued.delete(landed), { once: true });
    }
  };
  const observer = new MutationObserver(rescue);
  doc.addEventListener('focusin', remember);
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('focusin', remember);
    observer.disconnect();
  };
}

const FOCUSABLE = 'input:not([type="hidden"]), button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** The first control a keyboard can reach inside `root` (not disabled, not hidden). */
export function firstFocusable(root: ParentNode | null | undefined): HTMLElement | undefined {
  if (!root) return undefined;
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].find((el) => !el.matches(':disabled') && !el.closest('[hidden]'));
}
