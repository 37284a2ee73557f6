import { renderToString } from 'preact-render-to-string';
import { guideData } from '@/content/data';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { SUGGESTED_SHORTCUTS } from '@/utils/commands';
import { UI_STRINGS_ID } from '@/utils/guide-data';
import { createTranslator, setTranslator, type Lang } from '@/utils/i18n';
import { createGuideSearch } from '@/utils/search';
import { compileLexicon } from '@/utils/search/lexicon';
import { PopupView } from './PopupView';

const CATALOGS = { en, es };

/** The popup's first screen as HTML in `lang`, at build time (scripts/prerender-plugin.ts). */
export function renderIn(lang: Lang): string {
  setTranslator(createTranslator(lang, CATALOGS[lang]));
  const noop = () => {};
  return renderToString(
    <PopupView
      search={createGuideSearch(guideData.entries, compileLexicon(guideData.lexicon))}
      crisisCard={guideData.crisisCard}
      crisisCardEs={guideData.crisisCardEs}
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
      onSwitchLanguage={noop}
    />,
  );
}

/** This page's interface words, read by the app when it takes over (utils/guide-data.ts). */
export function inlineDataIn(lang: Lang): Record<string, string> {
  return { [UI_STRINGS_ID]: JSON.stringify({ [lang]: CATALOGS[lang] }).replace(/</g, '\\u003c') };
}

export const render = () => renderIn('en');
export const inlineData = () => inlineDataIn('en');
