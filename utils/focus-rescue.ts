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
    land()?.focus({ preventScroll: false });
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
