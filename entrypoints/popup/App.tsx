import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { ShortcutFooter } from '@/components/ShortcutFooter';
import { guide } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { getCommandShortcut } from '@/utils/commands';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { createGuideSearch } from '@/utils/search';

// Built once when the popup opens, never per keystroke.
const search = createGuideSearch(guide);

export function App() {
  const [pins, setPins] = useState<string[]>([]);
  const [shortcut, setShortcut] = useState('');

  useEffect(() => {
    void pinnedEntryIds.getValue().then(setPins);
    void getCommandShortcut(browser, '_execute_action').then(setShortcut);
    return pinnedEntryIds.watch((ids) => setPins(ids));
  }, []);

  return (
    <GuideView
      search={search}
      pinnedIds={pins}
      onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
      copyText={copyPlainText}
      onDismiss={() => window.close()}
      footer={<ShortcutFooter shortcut={shortcut} />}
    />
  );
}
