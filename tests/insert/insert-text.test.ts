import { describe, expect, it, vi } from 'vitest';
import { insertTextAtCaret } from '@/utils/insert/insert-text';
import { field } from './field';

/** happy-dom has no execCommand editing, so these exercise the fallbacks; real Chromium runs tests/e2e/insertion. */

describe('insertTextAtCaret (runs inside the page)', () => {
  it('puts text at the caret of a textarea, keeps newlines, leaves the caret after it, and fires input + change', () => {
    const el = field('<textarea data-target>Hello world</textarea>') as HTMLTextAreaElement;
    el.setSelectionRange(5, 5);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    const result = insertTextAtCaret(' there\nfriend');
    expect(result).toMatchObject({ ok: true, inserted: 13 });
    expect(el.value).toBe('Hello there\nfriend world');
    expect(el.selectionStart).toBe(5 + 13);
    expect(events).toEqual(['input', 'change']);
  });

  it('replaces a selection', () => {
    const el = field('<input data-target value="call XXX now">') as HTMLInputElement;
    el.setSelectionRange(5, 8);
    insertTextAtCaret('988');
    expect(el.value).toBe('call 988 now');
  });

  it('turns line breaks into spaces in a one-line input', () => {
    const el = field('<input data-target type="text">') as HTMLInputElement;
    insertTextAtCaret('a\nb\r\nc');
    expect(el.value).toBe('a b c');
  });

  it('respects maxlength, and says when the field is already full', () => {
    const el = field('<input data-target maxlength="8" value="abc">') as HTMLInputElement;
    el.setSelectionRange(3, 3);
    expect(insertTextAtCaret('defghijk')).toMatchObject({ ok: true, inserted: 5, truncated: true });
    expect(el.value).toBe('abcdefgh');
    el.setSelectionRange(8, 8);
    expect(insertTextAtCaret('x')).toEqual({ ok: false, reason: 'field-full' });
  });

  it.each([
    ['<input data-target type="password">', 'unsupported-field'],
    ['<input data-target type="number">', 'unsupported-field'],
    ['<input data-target type="email">', 'unsupported-field'],
    ['<textarea data-target readonly>x</textarea>', 'read-only'],
    ['<button data-target>Send</button>', 'unsupported-field'],
  ])('refuses %s', (html, reason) => {
    field(html);
    expect(insertTextAtCaret('text')).toEqual({ ok: false, reason });
  });

  it('says when no field has the caret', () => {
    document.body.innerHTML = '<p>nothing focused</p>';
    (document.activeElement as HTMLElement | null)?.blur();
    expect(insertTextAtCaret('text')).toEqual({ ok: false, reason: 'no-field' });
  });

  it('reaches a field inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="reply">';
    const input = root.getElementById('reply') as HTMLInputElement;
    input.focus();
    expect(insertTextAtCaret('hello')).toMatchObject({ ok: true });
    expect(input.value).toBe('hello');
  });

  it('lets a rich editor take the text from a paste event', () => {
    const editor = field('<div data-target contenteditable="true"></div>');
    const onPaste = vi.fn((e: ClipboardEvent) => {
      e.preventDefault();
      editor.textContent = e.clipboardData?.getData('text/plain') ?? '';
    });
    editor.addEventListener('paste', onPaste);
    expect(insertTextAtCaret('line 1\nline 2')).toMatchObject({ ok: true, method: 'paste' });
    expect(editor.textContent).toBe('line 1\nline 2');
  });

  it('lets an editor that ignores paste take it from beforeinput', () => {
    const editor = field('<div data-target contenteditable="true"></div>');
    editor.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      editor.textContent = e.data ?? '';
    });
    expect(insertTextAtCaret('hello')).toMatchObject({ ok: true, method: 'beforeinput' });
    expect(editor.textContent).toBe('hello');
  });
});
