import type { browser as Browser } from 'wxt/browser';
import { openPlansPanel } from './side-panel';

/** The manifest command and the toolbar-icon menu item that open the safety-plan panel. */
export const OPEN_PLANS_COMMAND = 'open-safety-plans';
export const OPEN_PLANS_MENU_ID = 'open-safety-plans';

/** Background: opens the panel from the keyboard command and from the toolbar icon's menu item. */
export function registerPanelOpeners(browser: typeof Browser): void {
  // Both handlers open the panel synchronously: the browser allows it only during the gesture.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_PLANS_MENU_ID) void openPlansPanel(browser, tab?.windowId).catch(() => {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PLANS_COMMAND) void openPlansPanel(browser, tab?.windowId).catch(() => {});
  });
}
