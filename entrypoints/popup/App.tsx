import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { guide } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { getCommandShortcut, SUGGESTED_SHORTCUTS } from '@/utils/commands';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { createGuideSearch } from '@/utils/search';
import { PopupView } from './PopupView';

// One search per page; its index is built when the popup is idle, never per keystroke.
const search = createGuideSearch(guide);

/** The popup wired to the browser. Its first render matches the prerendered HTML exactly. */
export function App({ initialQuery }: { initialQuery: string }) {
  const [pins, setPins] = useState<string[]>([]);
  const [shortcut, setShortcut] = useState<string>(SUGGESTED_SHORTCUTS.openPopup);

  useEffect(() => {
    const idle = requestIdleCallback(() => search.warm(), { timeout: 300 });
    void pinnedEntryIds.getValue().then(setPins);
    void getCommandShortcut(browser, '_execute_action').then(setShortcut);
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
    />
  );
}
