import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guide } from '@/content';
import { insertIntoTab, isRestrictedUrl } from '@/utils/insert/insert-service';
import { insertTextAtCaret } from '@/utils/insert/insert-text';
import { handleInsertText, handleMenuClick } from '@/utils/insert/register';
import { guideRequest } from '@/utils/guide-request';
import { pendingCopy } from '@/utils/notice';
import { recentEntryIds } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

/** The parts of the browser insertion touches; calls are recorded. */
function fakeInsertBrowser(
  url = 'https://case-system.example/notes',
  result: unknown = { ok: true, method: 'execCommand', inserted: 5, truncated: false },
) {
  return {
    runtime: { id: ID, getURL: (p: string) => ORIGIN + p.replace(/^\//, '') },
    tabs: { get: vi.fn(async (id: number) => ({ id, url })), create: vi.fn(async () => ({})) },
    scripting: { executeScript: vi.fn(async () => [{ result }]) },
    action: { openPopup: vi.fn(async () => {}) },
    sidePanel: { open: vi.fn(async () => {}) },
  };
}
const asBrowser = (fake: object) => fake as unknown as typeof browser;

beforeEach(() => fakeBrowser.reset());

describe('where the extension may insert', () => {
  it.each([
    ['chrome://settings', true],
    ['chrome-extension://x/popup.html', true],
    ['about:blank', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://mail.example.org/compose', false],
    ['http://127.0.0.1:8080/case', false],
  ])('%s → restricted: %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));

  it('injects the insertion function into the chosen frame only, with the text as its argument', async () => {
    const fake = fakeInsertBrowser();
    await insertIntoTab(asBrowser(fake), 7, 'Call 988', 3);
    expect(fake.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      func: insertTextAtCaret,
      args: ['Call 988'],
    });
  });

  it('never injects into browser pages or add-on stores', async () => {
    const fake = fakeInsertBrowser('chrome://extensions/');
    expect(await insertIntoTab(asBrowser(fake), 7, 'x')).toEqual({ ok: false, reason: 'restricted-page' });
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('reports “no access” when the browser refuses the injection', async () => {
    const fake = fakeInsertBrowser();
    fake.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await insertIntoTab(asBrowser(fake), 7, 'x')).toEqual({ ok: false, reason: 'no-access' });
  });
});

describe('the insertText message handler', () => {
  it('serves the extension’s own pages and remembers the entry as recently used', async () => {
    const fake = fakeInsertBrowser();
    const result = await handleInsertText(
      asBrowser(fake),
      { tabId: 4, text: 'hi', entryId: 'hotline-rainn' },
      { id: ID, url: `${ORIGIN}popup.html` },
    );
    expect(result.ok).toBe(true);
    expect(await recentEntryIds.getValue()).toEqual(['hotline-rainn']);
  });

  it.each([
    ['a web page', { id: ID, url: 'https://evil.example/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['no sender', undefined],
  ])('refuses %s', async (_name, sender) => {
    const fake = fakeInsertBrowser();
    expect(await handleInsertText(asBrowser(fake), { tabId: 4, text: 'hi' }, sender)).toEqual({ ok: false, reason: 'no-access' });
    expect(fake.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('right-click menus, called the way the browser calls them', () => {
  it('inserts the chosen entry’s message into the frame that was right-clicked', async () => {
    const fake = fakeInsertBrowser();
    await handleMenuClick(
      asBrowser(fake),
      search,
      { menuItemId: 'insert:Hotlines:hotline-runaway-safeline', frameId: 2 },
      { id: 9, windowId: 1 },
    );
    expect(fake.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId: 9, frameIds: [2] },
        args: ['National Runaway Safeline (24/7): call 1-800-RUNAWAY (1-800-786-2929) or text 66008.'],
      }),
    );
    expect(await recentEntryIds.getValue()).toEqual(['hotline-runaway-safeline']);
  });

  it('when it cannot insert, opens the popup with the text ready to copy and the reason', async () => {
    const fake = fakeInsertBrowser(undefined, { ok: false, reason: 'cross-origin-frame' });
    await handleMenuClick(asBrowser(fake), search, { menuItemId: 'insert:Pinned:hotline-988' }, { id: 9, windowId: 1 });
    expect(await pendingCopy.getValue()).toEqual({
      text: '988 Suicide & Crisis Lifeline (in Spanish: press 2 on a call, or text AYUDA to 988): call or text 988.',
      why: expect.stringMatching(/frame from another site/),
    });
    expect(fake.action.openPopup).toHaveBeenCalled();
  });

  it('a message cut short by a length limit is no success: the popup opens with the whole text and how much fit', async () => {
    const fake = fakeInsertBrowser(undefined, { ok: true, method: 'execCommand', inserted: 20, truncated: true });
    await handleMenuClick(asBrowser(fake), search, { menuItemId: 'insert:Pinned:hotline-988' }, { id: 9, windowId: 1 });
    expect(await pendingCopy.getValue()).toEqual({
      text: '988 Suicide & Crisis Lifeline (in Spanish: press 2 on a call, or text AYUDA to 988): call or text 988.',
      why: expect.stringMatching(/Only the first 20 of its 102 characters fit in that field.*cut short/),
    });
    expect(fake.action.openPopup).toHaveBeenCalled();
    expect(await recentEntryIds.getValue()).toEqual([]);
  });

  it('searches the guide for the selected text: panel opened in the gesture, query handed over', async () => {
    const fake = fakeInsertBrowser();
    handleMenuClick(asBrowser(fake), search, { menuItemId: 'search-selection', selectionText: 'AWOL again' }, { id: 9, windowId: 4 });
    expect(fake.sidePanel.open).toHaveBeenCalledWith({ windowId: 4 });
    await vi.waitFor(async () => expect(await guideRequest.getValue()).toMatchObject({ query: 'AWOL again' }));
  });
});
