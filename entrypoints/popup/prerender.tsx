import { renderToString } from 'preact-render-to-string';
import { guide } from '@/content';
import { SUGGESTED_SHORTCUTS } from '@/utils/commands';
import { createGuideSearch } from '@/utils/search';
import { PopupView } from './PopupView';

/** The popup's first screen as HTML, at build time (scripts/prerender-plugin.ts). */
export function render(): string {
  const noop = () => {};
  return renderToString(
    <PopupView
      search={createGuideSearch(guide)}
      pinnedIds={[]}
      shortcuts={{ popup: SUGGESTED_SHORTCUTS.openPopup, plans: SUGGESTED_SHORTCUTS.openPlans }}
      pending={null}
      onTogglePin={noop}
      copyText={async () => {}}
      insertText={async () => ''}
      onUsed={noop}
      onCopyPending={noop}
      onDismiss={noop}
      onOpenPlans={noop}
      onChangeShortcuts={noop}
    />,
  );
}
