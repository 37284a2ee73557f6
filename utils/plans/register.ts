import type { browser as Browser } from 'wxt/browser';
import type { PortLike } from '../port';
import { plansErasedAt, sessionVaultKey } from '../settings';
import { planAccessFor, READ_ONLY_METHODS } from './access';
import { watchIdle, watchLastWindow } from './auto-lock';
import { fromBase64, toBase64 } from './crypto';
import { PLAN_PORT } from './protocol';
import { openPlanRepository } from './repository';
import { clampAutoLockMinutes, NO_RULES, type PlanRules } from './rules';
import { createPlanService, type PlanService } from './service';

/**
 * Background: serves the plan port to this extension's own pages that need it (access.ts),
 * under the rules of the advocate's CASA program (`rules`, read at each request).
 * Any other sender (a web page's injected script, another extension, the popup) is
 * disconnected without an answer. `rulesRead`: settles once the rules last known have been read:
 * a worker woken by a request must not answer it under no rules (an import before the lock the
 * program requires) while they are on their way.
 */
export function registerPlanService(
  browser: typeof Browser,
  rules: () => PlanRules = () => NO_RULES,
  rulesRead: Promise<unknown> = Promise.resolve(),
): void {
  const repository = openPlanRepository({ onBlocked: () => service.warn('blocked') });
  // After a restart of this service worker, reopen with the key kept in session storage —
  // unless a lock comes first: the idle or screen-lock event that woke this worker is
  // delivered while the restore is still reading, and that lock must win (SECURITY.md).
  const since = repository.lockEpoch();
  const ready = sessionVaultKey.getValue().then(async (key) => {
    if (!key) return;
    const bytes = fromBase64(key);
    await repository.useKey(bytes, since).catch(() => sessionVaultKey.setValue(null));
    bytes.fill(0);
  });
  const service: PlanService = createPlanService(repository, {
    ready: Promise.all([ready, rulesRead.catch(() => {})]),
    onKey: (raw) => void sessionVaultKey.setValue(raw ? toBase64(raw) : null),
    rules,
    onErased: (at) => plansErasedAt.setValue(at),
  });
  watchIdle(
    browser,
    (why) => service.lockNow(why),
    (minutes) => clampAutoLockMinutes(minutes, rules()),
  );
  watchLastWindow(browser, (why) => service.lockNow(why));

  const origin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PLAN_PORT) return;
    const access = planAccessFor(port.sender, browser.runtime.id, origin);
    if (access === 'none') {
      port.disconnect();
      return;
    }
    service.connect(port as unknown as PortLike, access === 'read' ? READ_ONLY_METHODS : undefined);
  });
}
