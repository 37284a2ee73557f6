import type { browser as Browser } from 'wxt/browser';
import type { PortLike } from '../port';
import { autoLockMinutes, sessionVaultKey } from '../settings';
import { planAccessFor, READ_ONLY_METHODS } from './access';
import { fromBase64, toBase64 } from './crypto';
import { PLAN_PORT } from './protocol';
import { openPlanRepository } from './repository';
import { createPlanService, type PlanService } from './service';

/** Locks after `minutes` idle (the idle API's minimum is 15 s); 0 keeps only the screen-lock trigger. */
function watchIdle(browser: typeof Browser, service: PlanService): void {
  const apply = (minutes: number) => browser.idle.setDetectionInterval(minutes > 0 ? minutes * 60 : 4 * 60 * 60);
  void autoLockMinutes.getValue().then(apply);
  autoLockMinutes.watch((minutes) => apply(minutes));
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') service.lockNow();
    if (state === 'idle') void autoLockMinutes.getValue().then((minutes) => minutes > 0 && service.lockNow());
  });
}

/**
 * Background: serves the plan port to this extension's own pages that need it (access.ts).
 * Any other sender (a web page's injected script, another extension, the popup) is
 * disconnected without an answer.
 */
export function registerPlanService(browser: typeof Browser): void {
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
    ready,
    onKey: (raw) => void sessionVaultKey.setValue(raw ? toBase64(raw) : null),
  });
  watchIdle(browser, service);

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
