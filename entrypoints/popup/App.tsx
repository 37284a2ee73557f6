import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { guide } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { getCommandShortcut, SUGGESTED_SHORTCUTS } from '@/utils/commands';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { openPlansPanel } from '@/utils/side-panel';
import { createGuideSearch } from '@/utils/search';
import { PopupView } from './PopupView';

// One search per page; its index is built when the popup is idle, never per keystroke.
const search = createGuideSearch(guide);

/** The popup wired to the browser. Its first render matches the prerendered HTML exactly. */
export function App({ initialQuery }: { initialQuery: string }) {
  const [pins, setPins] = useState<string[]>([]);
  const [shortcut, setShortcut] = useState<string>(SUGGESTED_SHORTCUTS.openPopup);
  // Known before any click: sidePanel.open must run synchronously inside the click.
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    const idle = requestIdleCallback(() => search.warm(), { timeout: 300 });
    void pinnedEntryIds.getValue().then(setPins);
    void getCommandShortcut(browser, '_execute_action').then(setShortcut);
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    const unwatch = pinnedEntryIds.watch((ids) => setPins(ids));
    return () => {
      cancelIdleCallback(idle);
      unwatch();
    };
  }, []);

  return (
    <PopupView
      search={search}
      pinnedIds={pins}
      shortcut={shortcut}
      initialQuery={initialQuery}
      onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
      copyText={copyPlainText}
      onDismiss={() => window.close()}
      onOpenPlans={() => {
        void openPlansPanel(browser, windowId).then(
          () => window.close(),
          () => {},
        );
      }}
    />
  );
}
