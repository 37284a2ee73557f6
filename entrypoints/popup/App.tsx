import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useProgramGuide } from '@/components/use-program-guide';
import { copyPlainText } from '@/utils/clipboard';
import { getCommandShortcut, SUGGESTED_SHORTCUTS } from '@/utils/commands';
import type { GuideData } from '@/utils/guide-data';
import { otherLang } from '@/utils/i18n';
import { chooseInterfaceLanguage, popupPage } from '@/utils/language';
import { openPanelToNote } from '@/utils/note-request';
import { pendingCopy, type PendingCopy } from '@/utils/notice';
import { OPEN_PLANS_COMMAND } from '@/utils/panel-openers';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { programState } from '@/utils/program/state';
import { rememberUse } from '@/utils/recents';
import { runWhenIdle } from '@/utils/idle-steps';
import type { GuideSearch } from '@/utils/search';
import type { Lexicon } from '@/utils/search/lexicon';
import { openShortcutSettings } from '@/utils/shortcut-settings';
import { openPlansPanel } from '@/utils/side-panel';
import { PopupView } from './PopupView';

interface AppProps {
  /** The guide (its own chunk, entrypoints/popup/main.ts), its lexicon compiled. */
  guide: GuideData & { compiled: Lexicon };
  /** The search over the built-in guide, made once per page. */
  builtInSearch: GuideSearch;
  initialQuery: string;
}

/** The popup wired to the browser. Its first render matches the prerendered HTML exactly. */
export function App({ guide: guideData, builtInSearch, initialQuery }: AppProps) {
  const { search, program } = useProgramGuide(guideData.entries, builtInSearch, programState, guideData.compiled);
  const [pins, setPins] = useState<string[]>([]);
  const [shortcuts, setShortcuts] = useState<{ popup: string; plans: string }>({
    popup: SUGGESTED_SHORTCUTS.openPopup,
    plans: SUGGESTED_SHORTCUTS.openPlans,
  });
  const [pending, setPending] = useState<PendingCopy | null>(null);
  // Known before any click: sidePanel.open must run synchronously inside the click.
  const [windowId, setWindowId] = useState<number>();
  const [tabId, setTabId] = useState<number>();

  // The search a program's guide may replace: warmed in idle time before the first keystroke.
  useEffect(() => runWhenIdle(search.warmSteps()), [search]);
  useEffect(() => {
    void pinnedEntryIds.getValue().then(setPins);
    void Promise.all([getCommandShortcut(browser, '_execute_action'), getCommandShortcut(browser, OPEN_PLANS_COMMAND)]).then(
      ([popup, plans]) => setShortcuts({ popup, plans }),
    );
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    void activeTabId(browser).then(setTabId);
    // Text a right-click insert could not place: offered once, then forgotten.
    void pendingCopy.getValue().then((p) => {
      setPending(p);
      if (p) void pendingCopy.setValue(null);
    });
    return pinnedEntryIds.watch((ids) => setPins(ids));
  }, []);

  return (
    <PopupView
      search={search}
      crisisCard={guideData.crisisCard}
      crisisCardEs={guideData.crisisCardEs}
      glossaryGuidance={guideData.glossaryGuidance}
      pinnedIds={pins}
      shortcuts={shortcuts}
      programName={program.settings.programName}
      initialQuery={initialQuery}
      pending={pending}
      onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
      copyText={copyPlainText}
      insertText={async (text, entry) => {
        const { inserted, message } = await insertOrCopy(tabId, text, entry.id, copyPlainText);
        // Back to the page, caret after the new text.
        if (inserted) window.close();
        return message;
      }}
      onNote={(entry) => {
        // The panel opens inside this key press or click; only the red flag's id is handed over.
        void openPanelToNote(browser, windowId, entry.id).then(
          () => window.close(),
          () => {},
        );
      }}
      onUsed={(entry) => void rememberUse(entry.id)}
      onCopyPending={() => {
        if (pending) void copyPlainText(pending.text).then(() => setPending(null));
      }}
      onDismiss={() => window.close()}
      onOpenPlans={() => {
        void openPlansPanel(browser, windowId).then(
          () => window.close(),
          () => {},
        );
      }}
      onChangeShortcuts={() => void openShortcutSettings(browser)}
      onSwitchLanguage={() => {
        const lang = otherLang();
        // The background points the toolbar at the new page; this popup becomes it now.
        void chooseInterfaceLanguage(browser, lang).then(() => location.replace(popupPage(lang)));
      }}
    />
  );
}
