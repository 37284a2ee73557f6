import type { browser as Browser } from 'wxt/browser';
import { openGuideWith } from '../guide-request';
import { entryIdOfMenuItem, installMenus, menuItems, SEARCH_SELECTION_MENU_ID } from '../menus';
import { onMessage, type ProtocolMap } from '../messaging';
import { pendingCopy } from '../notice';
import { pinnedEntryIds } from '../pins';
import { isOwnExtensionPage } from '../port';
import { recentEntryIds, rememberUse } from '../recents';
import type { GuideSearch } from '../search';
import { currentLang } from '../i18n';
import { fillTemplate } from '../templates';
import { asFailure, describeInsertFailure, insertIntoTab, type InsertResult } from './insert-service';
import { createRepeatGuard } from './repeat-guard';

/**
 * A double-click on Insert, or a key pressed twice, inserts once (helper-66). Half a second after
 * success, no more: clicking into another field and Insert again takes longer, and must insert (helper-67).
 */
const once = createRepeatGuard<InsertResult>(500);

/** The `insertText` message: only this extension's own pages may ask; anything else is refused. */
export async function handleInsertText(
  browser: typeof Browser,
  data: Parameters<ProtocolMap['insertText']>[0],
  sender: { id?: string; url?: string } | undefined,
): Promise<InsertResult> {
  if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return { ok: false, reason: 'no-access' };
  const result = await once(`${data.tabId}\n${data.text}`, () => insertIntoTab(browser, data.tabId, data.text));
  if (result.ok && data.entryId) await rememberUse(data.entryId);
  return result;
}

/** A click on one of the page menus: insert an entry, or search the guide for the selection. */
export function handleMenuClick(
  browser: typeof Browser,
  search: GuideSearch,
  info: { menuItemId: string | number; frameId?: number; selectionText?: string },
  tab: { id?: number; windowId?: number } | undefined,
): Promise<void> | undefined {
  if (info.menuItemId === SEARCH_SELECTION_MENU_ID) {
    // Synchronously, inside the click: the panel may only open during the gesture.
    openGuideWith(browser, tab?.windowId, { query: (info.selectionText ?? '').slice(0, 200) });
    return undefined;
  }
  const entry = search.get(entryIdOfMenuItem(info.menuItemId) ?? '');
  if (!entry || tab?.id === undefined) return undefined;
  // In the interface's language, as the item was named (English for an entry not translated yet).
  const text = fillTemplate(entry, {}, currentLang());
  return insertIntoTab(browser, tab.id, text, info.frameId ?? 0).then(async (inserted) => {
    const result = asFailure(inserted, text);
    if (result.ok) return rememberUse(entry.id);
    // The background has no clipboard: the popup offers the text to copy, and says why.
    await pendingCopy.setValue({ text, why: describeInsertFailure(result) });
    await browser.action.openPopup().catch(() => {});
  });
}

/**
 * Background: insertion into pages, and the right-click menus that lead to it. Nothing runs in
 * a page until the user picks an item or presses Insert; the text is the entry's message.
 * Returns how to rebuild the menus when the guide itself changes (a program's lines).
 */
export function registerInsertion(browser: typeof Browser, search: GuideSearch): { rebuildMenus: () => void } {
  onMessage('insertText', ({ data, sender }) => handleInsertText(browser, data, sender));

  const rebuild = async () => installMenus(browser, menuItems(search, await pinnedEntryIds.getValue(), await recentEntryIds.getValue()));
  browser.runtime.onInstalled.addListener(() => void rebuild());
  browser.runtime.onStartup.addListener(() => void rebuild());
  pinnedEntryIds.watch(() => void rebuild());
  recentEntryIds.watch(() => void rebuild());

  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(browser, search, info, tab));
  return { rebuildMenus: () => void rebuild() };
}
