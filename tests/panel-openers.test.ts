import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { OPEN_PLANS_COMMAND, OPEN_PLANS_MENU_ID, registerPanelOpeners } from '@/utils/panel-openers';
import { fakePanelBrowser } from './fake-events';

const asBrowser = (fake: object) => fake as unknown as typeof browser;

describe('opening the safety-plan panel', () => {
  it.each([
    ['the keyboard command', (f: ReturnType<typeof fakePanelBrowser>) => f.commands.onCommand.fire(OPEN_PLANS_COMMAND, { windowId: 7 })],
    [
      'the toolbar icon’s menu',
      (f: ReturnType<typeof fakePanelBrowser>) => f.contextMenus.onClicked.fire({ menuItemId: OPEN_PLANS_MENU_ID }, { windowId: 7 }),
    ],
  ])('opens Chrome’s side panel from %s, synchronously inside the gesture', (_name, trigger) => {
    const fake = fakePanelBrowser('chrome');
    registerPanelOpeners(asBrowser(fake));
    trigger(fake);
    // No await between the event and open(): Chrome refuses sidePanel.open() after one.
    expect(fake.sidePanel?.open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('opens Firefox’s sidebar from the same command', () => {
    const fake = fakePanelBrowser('firefox');
    registerPanelOpeners(asBrowser(fake));
    fake.commands.onCommand.fire(OPEN_PLANS_COMMAND, { windowId: 3 });
    expect(fake.sidebarAction?.open).toHaveBeenCalled();
  });

  it('ignores other commands and menu items', () => {
    const fake = fakePanelBrowser('chrome');
    registerPanelOpeners(asBrowser(fake));
    fake.commands.onCommand.fire('something-else', { windowId: 1 });
    fake.contextMenus.onClicked.fire({ menuItemId: 'other' }, { windowId: 1 });
    expect(fake.sidePanel?.open).not.toHaveBeenCalled();
  });
});
