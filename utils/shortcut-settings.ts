import type { browser as Browser } from 'wxt/browser';

/** Opens the browser's own page for changing extension shortcuts (Chrome and Firefox differ). */
export function openShortcutSettings(browser: typeof Browser): Promise<unknown> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  return browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
