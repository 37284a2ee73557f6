import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { PanelTabs, type PanelTab } from '@/components/plans/PanelTabs';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { guide } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { downloadText } from '@/utils/download';
import { guideRequest, type GuideRequest } from '@/utils/guide-request';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { recentEntryIds, withRecent } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';

const search = createGuideSearch(guide);
/** sidepanel.html#plan=<id> opens that plan (used by tests, and handy to bookmark nothing else). */
const linkedPlanId = new URLSearchParams(location.hash.slice(1)).get('plan') ?? undefined;

/** The side panel: safety plans and the guide, beside any site. */
export function App() {
  const client = useMemo(() => createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT })), []);
  const [tab, setTab] = useState<PanelTab>('plans');
  const [pins, setPins] = useState<string[]>([]);
  const [request, setRequest] = useState<GuideRequest | null>(null);

  useEffect(() => {
    // Ask the browser not to evict plans under storage pressure (unlimitedStorage helps too).
    void navigator.storage?.persist?.();
    void pinnedEntryIds.getValue().then(setPins);
    // A right-click search or an omnibox choice: show it in the Guide tab, once.
    const show = (r: GuideRequest | null) => {
      if (!r) return;
      setRequest(r);
      setTab('guide');
      void guideRequest.setValue(null);
    };
    void guideRequest.getValue().then(show);
    const unwatchRequest = guideRequest.watch(show);
    const unwatchPins = pinnedEntryIds.watch((ids) => setPins(ids));
    return () => {
      unwatchRequest();
      unwatchPins();
    };
  }, []);

  return (
    <div class="panel">
      <PanelTabs selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel-body">
        {tab === 'plans' ? (
          <PlansScreen
            client={client}
            entry={search.get}
            copyText={copyPlainText}
            openPrint={(id, view) =>
              void browser.tabs.create({ url: `${browser.runtime.getURL('/print.html')}?plan=${encodeURIComponent(id)}&view=${view}` })
            }
            download={downloadText}
            initialPlanId={linkedPlanId}
          />
        ) : (
          <GuideView
            key={request?.at ?? 0}
            search={search}
            initialQuery={request?.query}
            initialEntryId={request?.entryId}
            pinnedIds={pins}
            onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
            copyText={copyPlainText}
            insertText={async (text, entry) => (await insertOrCopy(await activeTabId(browser), text, entry.id, copyPlainText)).message}
            onUsed={(entry) => void recentEntryIds.getValue().then((ids) => recentEntryIds.setValue(withRecent(ids, entry.id)))}
          />
        )}
      </div>
    </div>
  );
}
