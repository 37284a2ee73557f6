import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { useProgramGuide } from '@/components/use-program-guide';
import { copyPlainText } from '@/utils/clipboard';
import type { GuideRequest } from '@/utils/guide-request';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { programState } from '@/utils/program/store';
import { rememberUse } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';
import { guideData } from '@/content/data';

export { guideEntry } from './guide-source';

/**
 * The side panel's Guide tab: the popup's search, with pins, recently used entries and
 * inserting into the page beside the panel. Its own chunk, with the guide itself, loaded
 * once the plans are on screen (or at once when a right-click search asks for it), so opening
 * the panel never waits for the guide.
 */
export function GuideTab({ request }: { request: GuideRequest | null }) {
  const builtIn = useMemo(() => createGuideSearch(guideData.entries), []);
  const { search } = useProgramGuide(guideData.entries, builtIn, programState);
  const [pins, setPins] = useState<string[]>([]);
  useEffect(() => {
    void pinnedEntryIds.getValue().then(setPins);
    return pinnedEntryIds.watch((ids) => setPins(ids));
  }, []);
  return (
    <GuideView
      key={request?.at ?? 0}
      search={search}
      crisisCard={guideData.crisisCard}
      glossaryGuidance={guideData.glossaryGuidance}
      initialQuery={request?.query}
      initialEntryId={request?.entryId}
      pinnedIds={pins}
      onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
      copyText={copyPlainText}
      insertText={async (text, entry) => (await insertOrCopy(await activeTabId(browser), text, entry.id, copyPlainText)).message}
      onUsed={(entry) => void rememberUse(entry.id)}
    />
  );
}
