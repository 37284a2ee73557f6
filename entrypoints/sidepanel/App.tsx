import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { PanelTabs, type PanelTab } from '@/components/plans/PanelTabs';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { guide } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { downloadText } from '@/utils/download';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { createGuideSearch } from '@/utils/search';

const search = createGuideSearch(guide);
/** sidepanel.html#plan=<id> opens that plan (used by the print view's links and by tests). */
const linkedPlanId = new URLSearchParams(location.hash.slice(1)).get('plan') ?? undefined;

/** The side panel: safety plans and the guide, beside any site. */
export function App() {
  const client = useMemo(() => createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT })), []);
  const [tab, setTab] = useState<PanelTab>('plans');
  const [pins, setPins] = useState<string[]>([]);

  useEffect(() => {
    // Ask the browser not to evict plans under storage pressure (unlimitedStorage helps too).
    void navigator.storage?.persist?.();
    void pinnedEntryIds.getValue().then(setPins);
    return pinnedEntryIds.watch((ids) => setPins(ids));
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
            search={search}
            pinnedIds={pins}
            onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
            copyText={copyPlainText}
          />
        )}
      </div>
    </div>
  );
}
