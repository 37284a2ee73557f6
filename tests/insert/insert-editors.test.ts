import { describe, expect, it, vi } from 'vitest';
import { describeInsertFailure } from '@/utils/insert/insert-service';
import { insertTextAtCaret } from '@/utils/insert/insert-text';
import { t } from '@/utils/i18n';
import { field as editor } from './field';
import { handleInsertText } from '@/utils/insert/register';
import { createRepeatGuard } from '@/utils/insert/repeat-guard';

/**
 * What helper-66 found in real editors, in happy-dom (tests/e2e/insertion runs real Chromium):
 * Quill 1 got every insertion twice, a field that blocks pasting got nothing while the extension
 * said "Inserted", a length limit left "call 1-86", and a double-click inserted twice.
 */
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('rich editors', () => {
  it('an editor that catches a paste in a hidden box of its own (Quill 1) gets the text once', async () => {
    const host = editor('<div data-target contenteditable="true">Note: </div><div id="catcher" contenteditable="true"></div>');
    const catcher = document.getElementById('catcher')!;
    // As Quill 1 does: leave the paste to the browser, but move the caret into its box first,
    // then read the box a moment later and put what it holds into the editor.
    host.addEventListener('paste', () => {
      catcher.focus();
      const range = document.createRange();
      range.selectNodeContents(catcher);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      setTimeout(() => {
        host.append(catcher.textContent ?? '');
        catcher.textContent = '';
      }, 1);
    });
    const result = await insertTextAtCaret('Call 988\nText 741741');
    expect(result).toMatchObject({ ok: true, method: 'paste' });
    expect(count(host.textContent ?? '', 'Call 988')).toBe(1);
    expect(host.textContent).toBe('Note: Call 988\nText 741741');
  });

  it('an editor whose hidden paste box is a textarea gets the text once', async () => {
    const host = editor('<div data-target contenteditable="true">Note: </div><textarea id="bin"></textarea>');
    const bin = document.getElementById('bin') as HTMLTextAreaElement;
    host.addEventListener('paste', () => {
      bin.focus();
      setTimeout(() => {
        host.append(bin.value);
        bin.value = '';
      }, 1);
    });
    expect(await insertTextAtCaret('Call 988\nText 741741')).toMatchObject({ ok: true, method: 'paste' });
    expect(host.textContent).toBe('Note: Call 988\nText 741741');
  });

  it('an editor that updates after the event (Lexical, React) is waited for, and counted once', async () => {
    const host = editor('<div data-target contenteditable="true"></div>');
    host.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') ?? '';
      setTimeout(() => host.append(text), 20);
    });
    const result = insertTextAtCaret('hello');
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toMatchObject({ ok: true, method: 'paste' });
    expect(host.textContent).toBe('hello');
  });

  it('a slow page that shows the text 400 ms later is not told it refused it (helper-67)', async () => {
    const host = editor('<div data-target contenteditable="true"></div>');
    host.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') ?? '';
      setTimeout(() => host.append(text), 400);
    });
    expect(await insertTextAtCaret('hello')).toMatchObject({ ok: true, method: 'paste' });
  });

  it('a field whose page blocks pasting is said to have refused the text, never reported inserted', async () => {
    const host = editor('<div data-target contenteditable="true">Typed only: </div>');
    const blocked = vi.fn((e: Event) => e.preventDefault());
    host.addEventListener('paste', blocked);
    expect(await insertTextAtCaret('Call 988')).toEqual({ ok: false, reason: 'refused' });
    expect(blocked).toHaveBeenCalledOnce();
    expect(host.textContent).toBe('Typed only: ');
  });

  it('the advocate told so checks the field before trying again: a page slower than a second may still show it (helper-67)', () => {
    const said = describeInsertFailure({ ok: false, reason: 'refused' });
    expect(said).toMatch(/within a second/);
    expect(said).toMatch(/Check the field before you try again/);
  });
});

describe('a field with a length limit', () => {
  it('is cut between words, so no number is left half there', () => {
    document.body.innerHTML = '<input data-target maxlength="66" value="Re: ">';
    const input = document.querySelector('input')!;
    input.focus();
    input.setSelectionRange(4, 4);
    const message = 'love is respect — teen dating abuse helpline (24/7): call 1-866-331-9474 or text LOVEIS to 22522.';
    expect(insertTextAtCaret(message)).toMatchObject({ ok: true, truncated: true, inserted: 57 });
    expect(input.value).toBe('Re: love is respect — teen dating abuse helpline (24/7): call');
  });

  it('after a right-click, the popup says how much went in, never “could not insert”', () => {
    const notice = t('popup_could_not_insert', describeInsertFailure({ ok: false, reason: 'cut-short', inserted: 36, total: 122 }));
    expect(notice).toMatch(/^Insert from the CSEC guide: Only the first 36 of its 122 characters fit/);
    expect(notice).not.toMatch(/could not|not inserted/i);
  });
});

describe('the same insertion asked twice (a double-click on Insert)', () => {
  it('runs once while the first runs and just after it went in; a failure can be tried again at once', async () => {
    let clock = 0;
    const once = createRepeatGuard<{ ok: boolean }>(1000, () => clock);
    const insert = vi.fn(async () => ({ ok: true }));
    const [a, b] = await Promise.all([once('tab 1\nCall 988', insert), once('tab 1\nCall 988', insert)]);
    expect(insert).toHaveBeenCalledOnce();
    expect(a).toBe(b);
    clock = 300;
    await once('tab 1\nCall 988', insert);
    expect(insert).toHaveBeenCalledOnce();
    await once('tab 2\nCall 988', insert);
    expect(insert).toHaveBeenCalledTimes(2);
    clock = 1300;
    await once('tab 1\nCall 988', insert);
    expect(insert).toHaveBeenCalledTimes(3);

    const fails = vi.fn(async () => ({ ok: false }));
    await once('tab 1\nText 741741', fails);
    await once('tab 1\nText 741741', fails);
    expect(fails).toHaveBeenCalledTimes(2);
  });
});

describe('the insertText message asked twice, as the side panel’s court note asks it', () => {
  it('a double-click inserts once; the same note into another field a moment later (700 ms) goes in (helper-67)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const ID = 'abcdefghijklmnopabcdefghijklmnop';
    const executeScript = vi.fn(async () => [{ result: { ok: true, method: 'execCommand', inserted: 4, truncated: false } }]);
    const browser = {
      runtime: { id: ID, getURL: (p: string) => `chrome-extension://${ID}/${p.replace(/^\//, '')}` },
      tabs: { get: async (id: number) => ({ id, url: 'https://case-system.example/notes' }) },
      scripting: { executeScript },
    } as unknown as Parameters<typeof handleInsertText>[0];
    const sender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
    const ask = () => handleInsertText(browser, { tabId: 77, text: 'On December 2, the CASA observed…' }, sender);
    await Promise.all([ask(), ask()]);
    expect(executeScript).toHaveBeenCalledOnce();
    vi.setSystemTime(Date.now() + 300);
    await ask();
    expect(executeScript).toHaveBeenCalledOnce();
    vi.setSystemTime(Date.now() + 400);
    await ask();
    expect(executeScript).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});

describe('a field the page limits in script', () => {
  it('is reported cut short by what the field grew, not by what was sent (helper-67)', () => {
    document.body.innerHTML = '<textarea data-target>Re: </textarea>';
    const area = document.querySelector('textarea')!;
    area.addEventListener('input', () => {
      if (area.value.length > 40) area.value = area.value.slice(0, 40);
    });
    area.focus();
    area.setSelectionRange(4, 4);
    const result = insertTextAtCaret('love is respect — teen dating abuse helpline (24/7): call 1-866-331-9474.');
    expect(result).toMatchObject({ ok: true, truncated: true, inserted: 36 });
  });
});
