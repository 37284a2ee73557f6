import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { useProgramGuide } from '@/components/use-program-guide';
import { guideData } from '@/content/data';
import type { GuideEntry } from '@/content';
import { copyPlainText } from '@/utils/clipboard';
import { runWhenIdle } from '@/utils/idle-steps';
import type { GuideRequest } from '@/utils/guide-request';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { programState } from '@/utils/program/state';
import { rememberUse } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';
import { compileLexicon } from '@/utils/search/lexicon';

const lexicon = compileLexicon(guideData.lexicon);
const byId = new Map(guideData.entries.map((e) => [e.id, e]));

/** A built-in guide entry by id: the tips beside each plan section. */
export const guideEntry = (id: string): GuideEntry | undefined => byId.get(id);

/** The built-in guide's entry ids, against which a program's resource pack is checked. */
export const builtInIds: ReadonlySet<string> = new Set(byId.keys());

interface GuideTabProps {
  request: GuideRequest | null;
  /** The tab is the one on screen. */
  shown: boolean;
  /** "Note this" on a red flag: the panel notes it in the current plan's observations. */
  onNote: (entry: GuideEntry) => void;
}

/**
 * The side panel's Guide tab: the popup's search, with pins, recently used entries and
 * inserting into the page beside the panel. Its own chunk, with the guide itself, loaded once
 * the plans are on screen (or at once when a right-click search asks for it), so opening the
 * panel never waits for the guide.
 */
export function GuideTab({ request, shown, onNote }: GuideTabProps) {
  const builtIn = useMemo(() => createGuideSearch(guideData.entries, lexicon), []);
  const { search } = useProgramGuide(guideData.entries, builtIn, programState, lexicon);
  const [pins, setPins] = useState<string[]>([]);
  // The index and the signal patterns, ready before the first keystroke (as in the popup), once
  // the tab is shown: this tab is loaded with every panel, and most openings never search.
  useEffect(() => (shown ? runWhenIdle(search.warmSteps()) : undefined), [search, shown]);
  useEffect(() => {
    void pinnedEntryIds.getValue().then(setPins);
    return pinnedEntryIds.watch((ids) => setPins(ids));
  }, []);
  return (
    <GuideView
      key={request?.at ?? 0}
      search={search}
      crisisCard={guideData.crisisCard}
      crisisCardEs={guideData.crisisCardEs}
      glossaryGuidance={guideData.glossaryGuidance}
      initialQuery={request?.query}
      initialEntryId={request?.entryId}
      pinnedIds={pins}
      onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
      copyText={copyPlainText}
      insertText={async (text, entry) => (await insertOrCopy(await activeTabId(browser), text, entry.id, copyPlainText)).message}
      onUsed={(entry) => void rememberUse(entry.id)}
      onNote={onNote}
    />
  );
}
