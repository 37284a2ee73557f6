import type { browser as Browser } from 'wxt/browser';
import { isOwnExtensionPage, type PortLike } from '../port';
import { PLAN_PORT } from './protocol';
import { openPlanRepository } from './repository';
import { createPlanService, type PlanService } from './service';

/**
 * Background: serves the plan port to this extension's own pages. Any other sender (a web
 * page's injected script, another extension) is disconnected without an answer.
 */
export function registerPlanService(browser: typeof Browser): void {
  // An old copy of a page holding the database open blocks an upgrade: say so in every page.
  const service: PlanService = createPlanService(openPlanRepository({ onBlocked: () => service.warn('blocked') }));
  const origin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PLAN_PORT) return;
    if (!isOwnExtensionPage(port.sender, browser.runtime.id, origin)) {
      port.disconnect();
      return;
    }
    service.connect(port as unknown as PortLike);
  });
}
