import type { browser as Browser } from 'wxt/browser';
import type { GuideEntry } from '@/content';
import { localized } from './format';
import { OPEN_PLANS_MENU_ID } from './panel-openers';
import type { GuideSearch } from './search';
import { currentLang, t } from './i18n';

export const INSERT_MENU_ID = 'insert';
export const INSERT_ITEM_PREFIX = 'insert:';
export const SEARCH_SELECTION_MENU_ID = 'search-selection';

type Context = 'editable' | 'selection' | 'action';

/** One context-menu item, as `contextMenus.create` takes it. */
export type MenuItem =
  | { id: string; title: string; contexts: [Context]; parentId?: string; enabled?: boolean }
  | { id: string; type: 'separator'; contexts: [Context]; parentId: string };

const inInsertMenu = (id: string, title: string, enabled = true): MenuItem => ({
  id,
  title,
  parentId: INSERT_MENU_ID,
  contexts: ['editable'],
  enabled,
});

/**
 * Every context-menu item, as data: the editable-field menu (hotlines, pinned, recently used),
 * the selection search, and the toolbar icon's "Safety plans". Rebuilt whenever pins or
 * recents change. Group labels are disabled items, the usual way to title a menu section.
 */
export function menuItems(search: GuideSearch, pinnedIds: readonly string[], recentIds: readonly string[]): MenuItem[] {
  const resolve = (ids: readonly string[]) => ids.map(search.get).filter((e): e is GuideEntry => !!e);
  const groups = (
    [
      [t('menu_hotlines'), search.hotlines()],
      [t('menu_pinned'), resolve(pinnedIds)],
      [t('menu_recent'), resolve(recentIds)],
    ] as const
  ).filter(([, entries]) => entries.length);
  const insertItems = groups.flatMap(([name, entries], i): MenuItem[] => [
    ...(i ? [{ id: `separator:${i}`, type: 'separator' as const, parentId: INSERT_MENU_ID, contexts: ['editable'] as [Context] }] : []),
    inInsertMenu(`label:${name}`, name, false),
    // Named as the popup names them: in Spanish where the entry has a Spanish version (helper-62).
    ...entries.map((e) => inInsertMenu(`${INSERT_ITEM_PREFIX}${name}:${e.id}`, localized(e, currentLang()).title)),
  ]);
  return [
    { id: INSERT_MENU_ID, title: t('menu_insert'), contexts: ['editable'] },
    ...insertItems,
    { id: SEARCH_SELECTION_MENU_ID, title: t('menu_search_selection'), contexts: ['selection'] },
    { id: OPEN_PLANS_MENU_ID, title: t('menu_plans'), contexts: ['action'] },
  ];
}

/** The guide entry a clicked insert item stands for ("insert:Pinned:red-flag-…" → "red-flag-…"). */
export function entryIdOfMenuItem(menuItemId: string | number): string | undefined {
  const id = String(menuItemId);
  return id.startsWith(INSERT_ITEM_PREFIX) ? id.slice(id.indexOf(':', INSERT_ITEM_PREFIX.length) + 1) : undefined;
}

/** Replaces all of the extension's menu items with `items`. */
export async function installMenus(browser: typeof Browser, items: MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create(item);
}
