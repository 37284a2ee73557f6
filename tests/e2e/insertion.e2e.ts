import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWithLoopbackAccess, launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { startFixtureServer } from './fixture-server.ts';

/** The message the popup inserts for the “excess cash” red flag: two lines. */
const MESSAGE = 'Excess cash in their possession\nAn excess amount of cash; the youth may be reluctant to explain its source.';
const ONE_LINE = MESSAGE.replace('\n', ' ');

/** Focuses a field with the caret at its end, as a click after the last word would. */
async function caretAtEnd(page: Page, selector: string) {
  await page.locator(selector).focus();
  await page.locator(selector).evaluate((el: HTMLInputElement) => el.setSelectionRange(el.value.length, el.value.length));
}

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let build: string;

beforeAll(async () => {
  server = await startFixtureServer();
  build = await buildWithLoopbackAccess();
});
afterAll(async () => server?.close());

/**
 * One browser per case: Playwright sees only the first action popup of a browser instance.
 * Opens `fixture`, lets `prepare` put the caret in a field, opens the real popup over the page
 * (chrome.action.openPopup from the service worker), searches and presses Ctrl+Enter.
 */
async function insertViaPopup(fixture: string, prepare: (page: Page) => Promise<void>, query = 'excess cash') {
  const browser = await launchExtension(build);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${fixture}`);
  await prepare(page);
  const popup = await browser.openActionPopup();
  await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
  await popup.getByRole('combobox', { name: 'Search guidance' }).fill(query);
  await popup.locator('[role=option]').first().waitFor();
  const closed = popup.waitForEvent('close', { timeout: 10_000 }).then(() => true);
  // Success can close the popup before the key press returns: that is not an error.
  await popup.keyboard.press('Control+Enter').catch(() => {});
  // Success closes the popup (back to the page); otherwise it says what happened.
  const explained = popup
    .getByRole('status')
    .filter({ hasText: /Copied to the clipboard|Open the entry/ })
    .waitFor({ timeout: 10_000 })
    .then(
      () => false,
      () => true,
    );
  const popupClosed = await Promise.race([closed, explained]);
  const status = popupClosed ? '' : await popup.getByRole('status').innerText();
  return { browser, page, popup, popupClosed, status };
}

async function done(browser: ExtensionBrowser) {
  await browser.close();
}

describe('insert at the caret, in pages that imitate case systems', () => {
  it('a plain textarea: at the caret, newlines kept, caret after the text, undo works', async () => {
    const { browser, page, popupClosed } = await insertViaPopup('plain-form.html', async (p) => {
      await p.locator('#notes').focus();
      await p.locator('#notes').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
    });
    expect(popupClosed).toBe(true);
    const notes = page.locator('#notes');
    expect(await notes.inputValue()).toBe(`Called${MESSAGE} CSW today.`);
    expect(await notes.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(6 + MESSAGE.length);
    await page.bringToFront();
    await notes.focus();
    await page.keyboard.press('Control+z');
    expect(await notes.inputValue()).toBe('Called CSW today.');
    await done(browser);
  });

  it('a one-line input: line breaks become spaces, maxlength is respected', async () => {
    const { browser, page } = await insertViaPopup('plain-form.html', (p) => caretAtEnd(p, '#subject'));
    expect(await page.locator('#subject').inputValue()).toBe(`Follow-up: ${ONE_LINE}`);
    await done(browser);

    const limited = await insertViaPopup('plain-form.html', async (p) => p.locator('#short').focus());
    expect(await limited.page.locator('#short').inputValue()).toBe(ONE_LINE.slice(0, 20));
    // Cut short is not done: the popup stays, says so, and the whole message is on the clipboard.
    expect(limited.popupClosed).toBe(false);
    expect(limited.status).toMatch(/first 20 of its \d+ characters fit.*cut short.*Copied to the clipboard instead/);
    expect(await limited.popup.evaluate(() => navigator.clipboard.readText())).toBe(MESSAGE);
    await done(limited.browser);
  });

  it('an email field takes an address: nothing goes in, and it says why (not a permissions error)', async () => {
    const { browser, page, popupClosed, status } = await insertViaPopup('plain-form.html', async (p) => p.locator('#email').focus());
    expect(popupClosed).toBe(false);
    expect(status).toMatch(/That field does not take free text.*Copied to the clipboard instead/);
    expect(await page.locator('#email').inputValue()).toBe('');
    await done(browser);
  });

  it('a framework-controlled input: the framework’s own state sees the text', async () => {
    const { browser, page } = await insertViaPopup('framework.html', async (p) => p.locator('#message').focus());
    expect(await page.locator('#message').inputValue()).toBe(MESSAGE);
    expect(JSON.parse(await page.locator('#state').innerText())).toBe(MESSAGE);
    await done(browser);
  });

  it('a plain contenteditable and a model-based rich editor', async () => {
    const plain = await insertViaPopup('rich-editor.html', async (p) => {
      await p.locator('#plain').focus();
      await p.locator('#plain').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        range.collapse(false);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
    });
    expect(await plain.page.locator('#plain').innerText()).toBe(`Note:${MESSAGE}`);
    await done(plain.browser);

    const model = await insertViaPopup('rich-editor.html', async (p) => p.locator('#model-editor').focus());
    expect(JSON.parse(await model.page.locator('#model').innerText())).toBe(MESSAGE);
    await done(model.browser);
  });

  it('an editor inside a same-origin iframe, and a field inside an open shadow root', async () => {
    const framed = await insertViaPopup('iframe.html', async (p) => {
      const inner = p.frameLocator('#frame').locator('#inner');
      await inner.focus();
      await inner.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    });
    expect(await framed.page.frameLocator('#frame').locator('#inner').inputValue()).toBe(`Hello. ${MESSAGE}`);
    await done(framed.browser);

    const shadowed = await insertViaPopup('shadow.html', async (p) => p.locator('case-field #reply').focus());
    expect(await shadowed.page.locator('case-field #reply').inputValue()).toBe(ONE_LINE);
    await done(shadowed.browser);
  });

  it('an editor whose same-origin frame body is the editor (contenteditable body, designMode)', async () => {
    const modelled = await insertViaPopup('frame-body-editors.html', async (p) => {
      const frame = p.frameLocator('#model-frame');
      await frame.locator('body').waitFor();
      await frame.locator('body').focus();
    });
    expect(modelled.popupClosed).toBe(true);
    const frame = modelled.page.frame({ url: /frame-body-model/ })!;
    // The editor's own model holds the text, not only the DOM.
    expect(await frame.evaluate(() => (window as unknown as { model: string }).model)).toBe(`Note: ${MESSAGE}`);
    await done(modelled.browser);

    const design = await insertViaPopup('frame-body-editors.html', async (p) => {
      await p.waitForFunction(() => (window as unknown as { __designReady?: boolean }).__designReady);
      const body = p.frameLocator('#design-frame').locator('body');
      await body.focus();
      await body.evaluate((el) => {
        const range = el.ownerDocument.createRange();
        range.selectNodeContents(el);
        range.collapse(false);
        el.ownerDocument.getSelection()!.removeAllRanges();
        el.ownerDocument.getSelection()!.addRange(range);
      });
    });
    expect(design.popupClosed).toBe(true);
    expect(await design.page.frameLocator('#design-frame').locator('body').innerText()).toBe(`Dear team,${MESSAGE}`);
    await done(design.browser);
  });

  it('where insertion is impossible (a cross-origin frame, no focused field), copies and says so', async () => {
    const cross = await insertViaPopup('cross-origin.html', async (p) => {
      await p.frameLocator('#frame').locator('#inner').waitFor();
      await p.frameLocator('#frame').locator('#inner').focus();
    });
    expect(cross.popupClosed).toBe(false);
    expect(cross.status).toMatch(/frame from another site.*Copied to the clipboard instead/);
    expect(await cross.popup.evaluate(() => navigator.clipboard.readText())).toBe(MESSAGE);
    expect(await cross.page.frameLocator('#frame').locator('#inner').inputValue()).toBe('Hello. ');
    await done(cross.browser);

    const none = await insertViaPopup('plain-form.html', async () => {});
    expect(none.status).toMatch(/No text field has the caret.*Copied to the clipboard instead/);
    await done(none.browser);
  });

  it('an editor that catches a paste in a hidden box (Quill 1) gets the text once (helper-66)', async () => {
    const quill = await insertViaPopup('paste-editors.html', async (p) => {
      await p.locator('#catching').focus();
      await p.locator('#catching').evaluate((el) => getSelection()!.collapse(el, el.childNodes.length));
    });
    expect(quill.popupClosed).toBe(true);
    await quill.page.waitForFunction(() => document.getElementById('catching-model')!.textContent !== '"Note:"');
    await quill.page.waitForTimeout(300);
    expect(JSON.parse(await quill.page.locator('#catching-model').innerText())).toBe(`Note:${MESSAGE}`);
    await done(quill.browser);
  });

  it('a field whose page blocks pasting: nothing claimed, the text copied, and why (helper-66)', async () => {
    const blocked = await insertViaPopup('paste-editors.html', async (p) => p.locator('#no-paste').focus());
    expect(blocked.popupClosed).toBe(false);
    expect(blocked.status).toMatch(/did not take the text.*Copied to the clipboard instead/);
    expect(await blocked.popup.evaluate(() => navigator.clipboard.readText())).toBe(MESSAGE);
    expect(await blocked.page.locator('#no-paste').innerText()).toBe('Typed only:');
    await done(blocked.browser);
  });

  it('a double-click on a row’s Insert puts the message in once (helper-66)', async () => {
    const browser = await launchExtension(build);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/paste-editors.html`);
    await caretAtEnd(page, '#notes');
    const popup = await browser.openActionPopup();
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.getByRole('combobox', { name: 'Search guidance' }).fill('excess cash');
    const row = popup.locator('[role=option]').first();
    await row.hover();
    // The first click may close the popup (inserted): the second then has nothing to click.
    // The row's mouse controls are not buttons (an option may not hold focusable controls).
    await row
      .locator('.affordance', { hasText: 'Insert' })
      .dblclick({ timeout: 5_000 })
      .catch(() => {});
    await page.waitForFunction(() => (document.getElementById('notes') as HTMLTextAreaElement).value !== 'Note: ');
    await page.waitForTimeout(500);
    expect(await page.locator('#notes').inputValue()).toBe(`Note: ${MESSAGE}`);
    await done(browser);
  });
  it('a field the page limits in script (React’s value.slice) is reported cut short, with how much is there (helper-67)', async () => {
    const browser = await launchExtension(build);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/paste-editors.html`);
    await caretAtEnd(page, '#limited');
    const popup = await browser.openActionPopup();
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.getByRole('combobox', { name: 'Search guidance' }).fill('excess cash');
    await popup.locator('[role=option]').first().waitFor();
    await popup.keyboard.press('Control+Enter');
    await popup
      .getByRole('status')
      .filter({ hasText: /Only the first 36 of its/ })
      .waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('status').innerText()).toMatch(/cut short.*Copied to the clipboard instead/);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(MESSAGE);
    await done(browser);
  });

  it('a hostile page sees nothing from the extension before the user inserts, and only the text after', async () => {
    const { browser, page } = await insertViaPopup('hostile.html', async (p) => {
      await p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready);
      await p.locator('#notes').focus();
      await p.waitForTimeout(300);
      // Before any insert: the extension added no script, no node, no event to this page.
      expect(await p.evaluate(() => (window as unknown as { __log: unknown[] }).__log)).toEqual([]);
    });
    const log = (await page.evaluate(() => (window as unknown as { __log: Array<Record<string, unknown>> }).__log)) as Array<{
      type: string;
      data?: string | null;
      value?: string | null;
      added?: string[];
    }>;
    expect(log.length).toBeGreaterThan(0);
    expect(log.filter((e) => e.type.startsWith('key'))).toEqual([]);
    // Every event and change carries (part of) the inserted text, and nothing else.
    for (const e of log) {
      if (e.data != null) expect(MESSAGE).toContain(e.data);
      if (e.value != null) expect(MESSAGE.startsWith(e.value)).toBe(true);
      for (const text of e.added ?? []) expect(MESSAGE).toContain(text);
    }
    expect(await page.locator('#notes').inputValue()).toBe(MESSAGE);
    await done(browser);
  });
});
