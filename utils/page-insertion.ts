import type { browser as Browser } from 'wxt/browser';
import { asFailure, describeInsertFailure } from './insert/insert-service';
import { sendMessage } from './messaging';
import { t } from './i18n';

export interface InsertOptions {
  /**
   * Whether to put the text on the clipboard when it cannot be inserted. Yes for public guide
   * text; never for plan text, which reaches the clipboard only when the user chooses it after
   * being told the insert failed (the clipboard keeps copies: SECURITY.md).
   */
  fallbackCopy?: boolean;
}

/**
 * What a page (popup, side panel) does on Insert: ask the background to put the text at the
 * caret in `tabId`; where it cannot, say why, and (for guide text) put it on the clipboard.
 * Resolves to the sentence to show.
 */
export async function insertOrCopy(
  tabId: number | undefined,
  text: string,
  entryId: string,
  copy: (text: string) => Promise<void>,
  { fallbackCopy = true }: InsertOptions = {},
): Promise<{ inserted: boolean; message: string }> {
  const result = asFailure(
    tabId === undefined ? { ok: false, reason: 'no-access' } : await sendMessage('insertText', { tabId, text, entryId }),
    text,
  );
  if (result.ok) return { inserted: true, message: t('insert_done') };
  const why = describeInsertFailure(result);
  // Cut short, something did go in: "not inserted" would be untrue.
  if (!fallbackCopy) return { inserted: false, message: result.reason === 'cut-short' ? why : t('insert_not_inserted', why) };
  try {
    await copy(text);
    return { inserted: false, message: t('insert_copied_instead', why) };
  } catch {
    return { inserted: false, message: t('insert_open_entry', why) };
  }
}

/** The tab beside the page (the one the user was working in), if the browser says. */
export async function activeTabId(browser: typeof Browser): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id;
}
