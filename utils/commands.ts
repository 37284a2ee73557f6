import type { browser as Browser } from 'wxt/browser';

/** The shortcuts the manifest suggests; the browser may have others if the user rebound them. */
export const SUGGESTED_SHORTCUTS = {
  openPopup: 'Alt+Shift+G',
  openPlans: 'Alt+Shift+P',
} as const;

/** The key combination the browser has for a manifest command, or "" when it has none. */
export async function getCommandShortcut(browser: Pick<typeof Browser, 'commands'>, name: string): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === name)?.shortcut ?? '';
  } catch {
    return '';
  }
}
