import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { guide } from '@/content';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, resolveLang, setTranslator, type Lang } from '@/utils/i18n';
import { registerInsertion } from '@/utils/insert/register';
import { registerPopupLanguage } from '@/utils/language';
import { registerNoteClaims } from '@/utils/note-claim';
import { registerOmnibox } from '@/utils/omnibox';
import { registerPanelOpeners } from '@/utils/panel-openers';
import { registerPlanService } from '@/utils/plans/register';
import { NO_RULES } from '@/utils/plans/rules';
import { applyProgram, planRulesOf } from '@/utils/program/program';
import { registerProgram } from '@/utils/program/register';
import { programState } from '@/utils/program/store';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import { createSwappableSearch } from '@/utils/search/swappable';

// The background is a list of registrations; each feature's wiring lives in utils/.
export default defineBackground(() => {
  let spoken: Lang | undefined;
  const speak = (lang: Lang) => {
    setTranslator(createTranslator(lang, lang === 'es' ? es : en));
    const changed = spoken !== undefined && spoken !== lang;
    spoken = lang;
    return changed;
  };
  // At once in the browser's language: a worker woken by a plan request answers before the
  // language setting is read (below), and its messages must never be message names.
  speak(resolveLang('auto', browser.i18n.getUILanguage()));
  const search = createSwappableSearch(createGuideSearch(guide, lexicon));
  // The CASA program's rules for plans: last known until the policy is read again.
  let rules = NO_RULES;
  const rulesRead = programState.getValue().then((program) => (rules = planRulesOf(program)));
  registerPlanService(browser, () => rules, rulesRead);
  registerPanelOpeners(browser);
  registerNoteClaims();
  const { rebuildMenus } = registerInsertion(browser, search);
  const { refreshOmnibox } = registerOmnibox(browser, search);
  // A CASA program's own lines and hidden entries (browser policy or resource packs).
  const { recheckProgram } = registerProgram(browser, new Set(guide.map((e) => e.id)), (program) => {
    rules = planRulesOf(program);
    search.replace(createGuideSearch(applyProgram(guide, program), lexicon));
    rebuildMenus();
  });
  // Menus, the omnibox, the toolbar popup and the program's skipped parts speak the interface language.
  registerPopupLanguage(browser, (lang) => {
    const changed = speak(lang);
    rebuildMenus();
    refreshOmnibox();
    if (changed) recheckProgram();
  });
});
