import type { browser as Browser } from 'wxt/browser';
import { insertTextAtCaret, type InsertOutcome } from './insert-text';
import { t } from '../i18n';

/** Why the text could not go into the page, beyond what the page script itself reports. */
export type InsertResult =
  | InsertOutcome
  | { ok: false; reason: 'restricted-page' | 'no-access' }
  | { ok: false; reason: 'cut-short'; inserted: number; total: number };

/** Pages no extension may script: the browser's own, other extensions', and the add-on stores. */
const RESTRICTED = [
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|chrome-search|resource):/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  return !!url && RESTRICTED.some((pattern) => pattern.test(url));
}

/**
 * A message cut short by the field's length limit is not inserted as far as the advocate is
 * concerned: half a hotline number is worse than none. Reported as a failure, with how much fit.
 */
export function asFailure(result: InsertResult, text: string): Exclude<InsertResult, { ok: true }> | { ok: true } {
  return result.ok && result.truncated ? { ok: false, reason: 'cut-short', inserted: result.inserted, total: text.length } : result;
}

/** What the advocate is told when the text went to the clipboard instead. */
export function describeInsertFailure(result: Exclude<InsertResult, { ok: true }>): string {
  switch (result.reason) {
    case 'no-field':
      return t('insert_no_field');
    case 'cross-origin-frame':
      return t('insert_cross_origin');
    case 'read-only':
      return t('insert_read_only');
    case 'unsupported-field':
      return t('insert_unsupported');
    case 'field-full':
      return t('insert_full');
    case 'refused':
      return t('insert_refused');
    case 'restricted-page':
      return t('insert_restricted');
    case 'no-access':
      return t('insert_no_access');
    case 'cut-short':
      return t('insert_truncated', result.inserted, result.total);
  }
}

/**
 * Runs `insertTextAtCaret` in one frame of a tab. Needs access to the tab, which `activeTab`
 * grants when the user opens the popup, uses the shortcut or the right-click menu there.
 */
export async function insertIntoTab(browser: typeof Browser, tabId: number, text: string, frameId = 0): Promise<InsertResult> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (isRestrictedUrl(tab.url)) return { ok: false, reason: 'restricted-page' };
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: insertTextAtCaret,
      args: [text],
    });
    return (injection?.result as InsertOutcome | undefined) ?? { ok: false, reason: 'no-access' };
  } catch {
    return { ok: false, reason: 'no-access' };
  }
}
