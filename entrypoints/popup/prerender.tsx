import { renderToString } from 'preact-render-to-string';
import { guideData } from '@/content/data';
import { SUGGESTED_SHORTCUTS } from '@/utils/commands';
import { GUIDE_DATA_ID, serializeGuideData } from '@/utils/guide-data';
import { createGuideSearch } from '@/utils/search';
import { PopupView } from './PopupView';

/** The popup's first screen as HTML, at build time (scripts/prerender-plugin.ts). */
export function render(): string {
  const noop = () => {};
  return renderToString(
    <PopupView
      search={createGuideSearch(guideData.entries)}
      crisisCard={guideData.crisisCard}
      glossaryGuidance={guideData.glossaryGuidance}
      pinnedIds={[]}
      shortcuts={{ popup: SUGGESTED_SHORTCUTS.openPopup, plans: SUGGESTED_SHORTCUTS.openPlans }}
      pending={null}
      onTogglePin={noop}
      copyText={async () => {}}
      insertText={async () => ''}
      onNote={noop}
      onUsed={noop}
      onCopyPending={noop}
      onDismiss={noop}
      onOpenPlans={noop}
      onChangeShortcuts={noop}
    />,
  );
}

/** The guide itself, read by the app when it takes over (utils/guide-data.ts). */
export function inlineData(): Record<string, string> {
  return { [GUIDE_DATA_ID]: serializeGuideData(guideData) };
}
