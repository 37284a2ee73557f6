import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerPanelOpeners } from '@/utils/panel-openers';
import { registerPlanService } from '@/utils/plans/register';

// The background is a list of registrations; each feature's wiring lives in utils/.
export default defineBackground(() => {
  registerPlanService(browser);
  registerPanelOpeners(browser);
});
