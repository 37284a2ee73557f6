/**
 * Inserts text at the caret of the focused field of a page. Runs INSIDE the page, injected by
 * `scripting.executeScript({ func })` only after the user asks: so it is one self-contained
 * function (no imports, no outer variables) and it touches nothing but the focused field.
 */

export type InsertMethod = 'execCommand' | 'value-setter' | 'paste' | 'beforeinput' | 'range';

export type InsertOutcome =
  | { ok: true; method: InsertMethod; inserted: number; truncated: boolean }
  | { ok: false; reason: 'no-field' | 'cross-origin-frame' | 'read-only' | 'unsupported-field' | 'field-full' | 'refused' };

/**
 * Synchronous where the page answers at once; a promise (which `executeScript` awaits) only when
 * an editor took the paste or beforeinput and has not shown the text yet: it is given a moment,
 * and if nothing changed the page refused the text, which is said, never reported as inserted.
 */
export function insertTextAtCaret(text: string): InsertOutcome | Promise<InsertOutcome> {
  // Fields for free text. An email field takes an address, and has no caret to insert at.
  const TEXT_INPUT_TYPES = ['text', 'search', 'url', 'tel', ''];

  // The focused element, looking through open shadow roots and same-origin iframes.
  let el: Element | null = document.activeElement;
  for (;;) {
    if (!el) return { ok: false, reason: 'no-field' };
    // A document's body is "no field", unless it is the editor itself: webmail and case
    // systems often edit inside a frame whose <body> is contenteditable or in designMode.
    const d = el.ownerDocument;
    const editableBody = el === d.body && ((el as HTMLElement).isContentEditable || d.designMode === 'on');
    if ((el === d.body && !editableBody) || el === d.documentElement) return { ok: false, reason: 'no-field' };
    if (el.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      continue;
    }
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      let inner: Document | null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return { ok: false, reason: 'cross-origin-frame' };
      el = inner.activeElement;
      continue;
    }
    break;
  }

  const doc = el.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return { ok: false, reason: 'no-field' };

  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const field = el as HTMLInputElement | HTMLTextAreaElement;
    if (field.tagName === 'INPUT' && !TEXT_INPUT_TYPES.includes((field.getAttribute('type') ?? '').toLowerCase()))
      return { ok: false, reason: 'unsupported-field' };
    if (field.readOnly || field.disabled) return { ok: false, reason: 'read-only' };
    // A one-line field cannot hold line breaks: they become spaces, as a paste would make them.
    let value = field.tagName === 'INPUT' ? text.replace(/\r?\n/g, ' ') : text.replace(/\r\n/g, '\n');
    const before = field.value;
    const start = field.selectionStart ?? before.length;
    const end = field.selectionEnd ?? start;
    let truncated = false;
    if (field.maxLength >= 0) {
      const room = field.maxLength - (before.length - (end - start));
      if (room <= 0) return { ok: false, reason: 'field-full' };
      if (value.length > room) {
        // Cut between words, so no number is left half there ("call 1-86"); one long word is cut where it must.
        const cut = value.slice(0, room + 1).search(/\s\S*$/);
        value = value.slice(0, cut > 0 ? cut : room).trimEnd();
        truncated = true;
      }
    }
    field.focus();
    field.setSelectionRange(start, end);
    // execCommand goes through the browser's own editing: undo works and frameworks see a
    // real input event. Where it is refused, set the value the way frameworks can observe.
    let done: boolean;
    try {
      done = doc.execCommand('insertText', false, value) && field.value !== before;
    } catch {
      done = false;
    }
    // A page that limits the field in script (React's value.slice(0, 66)) cuts it in its input
    // handler, before we look again: what the field grew by is what went in (helper-67).
    const landed = (method: InsertMethod): InsertOutcome => {
      const grew = field.value.length - (before.length - (end - start));
      return grew < value.length
        ? { ok: true, method, inserted: Math.max(0, grew), truncated: true }
        : { ok: true, method, inserted: value.length, truncated };
    };
    if (done) {
      field.dispatchEvent(new win.Event('change', { bubbles: true }));
      return landed('execCommand');
    }
    const next = before.slice(0, start) + value + before.slice(end);
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    if (setter) setter.call(field, next);
    else field.value = next;
    field.setSelectionRange(start + value.length, start + value.length);
    field.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
    field.dispatchEvent(new win.Event('change', { bubbles: true }));
    return landed('value-setter');
  }

  const host = el as HTMLElement;
  if (!host.isContentEditable && !(host === doc.body && doc.designMode === 'on')) return { ok: false, reason: 'unsupported-field' };
  const normalized = text.replace(/\r\n/g, '\n');
  const selection = win.getSelection();
  if (selection && (!selection.rangeCount || !host.contains(selection.getRangeAt(0).startContainer))) {
    const caret = doc.createRange();
    caret.selectNodeContents(host);
    caret.collapse(false);
    selection.removeAllRanges();
    selection.addRange(caret);
  }
  // What the editor holds now, to tell whether an attempt changed it (never read as HTML).
  const fingerprint = () => `${host.childNodes.length}|${host.textContent}`;
  // The browser's own editing where the caret is, line by line; it throws where it is refused.
  const typeLines = () =>
    normalized.split('\n').forEach((line, i) => {
      if (i > 0) doc.execCommand('insertLineBreak');
      if (line) doc.execCommand('insertText', false, line);
    });
  const snapshot = fingerprint();

  // An editor that took the event shows the text now, or after its own update (Lexical's is a
  // microtask, a React editor's a task); one that shows nothing refused it ("pasting is not allowed").
  const taken = (method: InsertMethod): InsertOutcome | Promise<InsertOutcome> => {
    const ok: InsertOutcome = { ok: true, method, inserted: normalized.length, truncated: false };
    if (fingerprint() !== snapshot) return ok;
    return (async () => {
      // A second, not 150 ms: a slow page told "refused" while the text lands later gets it again on a retry (helper-67).
      for (let i = 0; i < 40; i++) {
        await new Promise((resolve) => win.setTimeout(resolve, 25));
        if (fingerprint() !== snapshot) return ok;
      }
      return { ok: false, reason: 'refused' } as const;
    })();
  };
  // Rich editors (ProseMirror, Quill, CKEditor…) take text from a paste event…
  const data = new win.DataTransfer();
  data.setData('text/plain', normalized);
  const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (!host.dispatchEvent(paste)) return taken('paste');
  // …some (Quill 1) by moving the caret into a hidden box of their own, to read what the browser
  // pastes there a moment later: the text goes there, once, as a paste would put it.
  // The box is where the focus or the caret went, outside the editor: a textarea or a contenteditable.
  const caret = selection?.rangeCount ? selection.getRangeAt(0).startContainer : null;
  const box = [doc.activeElement, caret?.nodeType === 1 ? (caret as Element) : caret?.parentElement].find(
    (el): el is HTMLElement =>
      !!el && !host.contains(el) && !el.contains(host) && (el instanceof win.HTMLTextAreaElement || (el as HTMLElement).isContentEditable),
  );
  if (box) {
    const textarea = box instanceof win.HTMLTextAreaElement;
    try {
      if (textarea) doc.execCommand('insertText', false, normalized);
      else typeLines();
    } catch {
      // Refused: the text is put in the box by hand below.
    }
    if (textarea && !box.value) box.value = normalized;
    if (!textarea && !box.textContent) box.textContent = normalized;
    return taken('paste');
  }
  // …others (Lexical, Slate) from beforeinput…
  const beforeInput = new win.InputEvent('beforeinput', { inputType: 'insertText', data: normalized, bubbles: true, cancelable: true });
  if (!host.dispatchEvent(beforeInput)) return taken('beforeinput');
  // …and a plain contenteditable from the browser's own editing, which keeps undo.
  try {
    typeLines();
  } catch {
    // Refused: the nodes are inserted by hand below.
  }
  // Anything it changed counts, so text is never inserted twice.
  if (fingerprint() !== snapshot) return { ok: true, method: 'execCommand', inserted: normalized.length, truncated: false };
  const range = selection?.rangeCount ? selection.getRangeAt(0) : doc.createRange();
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  normalized.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last && selection) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  host.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: normalized }));
  return { ok: true, method: 'range', inserted: normalized.length, truncated: false };
}
