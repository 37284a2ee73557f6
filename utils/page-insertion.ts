import type { browser as Browser } from 'wxt/browser';
import { describeInsertFailure } from './insert/insert-service';
import { sendMessage } from './messaging';

/**
 * What a page (popup, side panel) does on Insert: ask the background to put the text at the
 * caret in `tabId`; where it cannot, put it on the clipboard and say why. Resolves to the
 * sentence to show.
 */
export async function insertOrCopy(
  tabId: number | undefined,
  text: string,
  entryId: string,
  copy: (text: string) => Promise<void>,
): Promise<{ inserted: boolean; message: string }> {
  const result =
    tabId === undefined ? ({ ok: false, reason: 'no-access' } as const) : await sendMessage('insertText', { tabId, text, entryId });
  if (result.ok)
    return {
      inserted: true,
      message: result.truncated ? `Inserted ${result.inserted} characters: the field allows no more.` : 'Inserted into the page.',
    };
  const why = describeInsertFailure(result);
  try {
    await copy(text);
    return { inserted: false, message: `${why} Copied to the clipboard instead: paste with Ctrl+V.` };
  } catch {
    return { inserted: false, message: `${why} Open the entry (Shift+Enter) to copy its message.` };
  }
}

/** The tab beside the page (the one the user was working in), if the browser says. */
export async function activeTabId(browser: typeof Browser): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id;
}
