import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { guide } from '@/content';
import { registerInsertion } from '@/utils/insert/register';
import { registerOmnibox } from '@/utils/omnibox';
import { registerPanelOpeners } from '@/utils/panel-openers';
import { registerPlanService } from '@/utils/plans/register';
import { createGuideSearch } from '@/utils/search';

// The background is a list of registrations; each feature's wiring lives in utils/.
export default defineBackground(() => {
  const search = createGuideSearch(guide);
  registerPlanService(browser);
  registerPanelOpeners(browser);
  registerInsertion(browser, search);
  registerOmnibox(browser, search);
});
