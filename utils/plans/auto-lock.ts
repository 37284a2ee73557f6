import type { browser as Browser } from 'wxt/browser';
import { t } from '../i18n';
import { AUTO_LOCK_CHOICES, autoLockMinutes } from '../settings';
import type { LockReason } from './protocol';

/** The part of the idle API that says which states this browser reports. */
interface IdleApi {
  IdleState?: Record<string, string>;
}

/**
 * Whether this browser tells extensions when the screen locks: the one place that asks.
 * Chrome's idle API declares a "locked" state; Firefox's has only "active" and "idle"
 * (toolkit/components/extensions/parent/ext-idle.js), so there a screen lock goes unseen.
 */
export function reportsScreenLock(idle: IdleApi | undefined): boolean {
  return Object.values(idle?.IdleState ?? {}).includes('locked');
}

/**
 * The auto-lock choices to offer: "only when the screen locks" (0) only where that is
 * reported, and none longer than `maxMinutes` (a CASA program's limit; then 0 neither).
 */
export function offeredAutoLockChoices(screenLock: boolean, choices: readonly number[] = AUTO_LOCK_CHOICES, maxMinutes?: number): number[] {
  const offered = choices.filter(
    (minutes) => (minutes > 0 || screenLock) && (maxMinutes === undefined || (minutes > 0 && minutes <= maxMinutes)),
  );
  // The program's own longest time is a choice too: a limit of 3 minutes (under the shortest
  // choice) must not leave the menu empty, and a limit of 20 can be chosen as it is.
  return maxMinutes === undefined || offered.includes(maxMinutes) ? offered : [...offered, maxMinutes];
}

/** An auto-lock time in words: "15 minutes", "24 hours" (a program's 1440 read as minutes, helper-71), "never…". */
export function autoLockLabel(minutes: number): string {
  if (minutes === 0) return t('settings_never');
  if (minutes === 1) return t('settings_minute_one');
  if (minutes > 60 && minutes % 60 === 0) return t('settings_hours', minutes / 60);
  return t('settings_minutes', minutes);
}

/** The default when a stored 0 would mean "never" (a browser that reports no screen lock). */
export const FALLBACK_AUTO_LOCK_MINUTES = 15;

/** The idle minutes that apply: a stored 0 where no screen lock is reported falls back to 15. */
export function effectiveAutoLockMinutes(minutes: number, screenLock: boolean): number {
  return minutes > 0 || screenLock ? minutes : FALLBACK_AUTO_LOCK_MINUTES;
}

/**
 * Locks after the chosen minutes idle (the idle API's minimum is 15 s; `limit` applies a
 * program's longest auto-lock), and when the screen locks where the browser reports it. A stored 0 keeps only the screen-lock trigger, and
 * means 15 minutes where there is none.
 */
export function watchIdle(
  browser: typeof Browser,
  lockNow: (why: LockReason) => void,
  limit: (minutes: number) => number = (m) => m,
): void {
  const screenLock = reportsScreenLock(browser.idle as IdleApi);
  const effective = (minutes: number) => limit(effectiveAutoLockMinutes(minutes, screenLock));
  const minutesNow = async () => effective(await autoLockMinutes.getValue());
  const apply = (minutes: number) => browser.idle.setDetectionInterval(minutes > 0 ? minutes * 60 : 4 * 60 * 60);
  void minutesNow().then(apply);
  autoLockMinutes.watch((minutes) => apply(effective(minutes)));
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'locked') lockNow('screen');
    if (state === 'idle') void minutesNow().then((minutes) => minutes > 0 && lockNow('idle'));
  });
}

/**
 * Locks when the last normal browser window closes, where the extension is still running to
 * see it (macOS keeps the browser open without windows; another app can keep it running in
 * the background). When the browser quits, session storage — and the key in it — is gone anyway.
 * The windows API needs no permission.
 */
export function watchLastWindow(browser: typeof Browser, lockNow: (why: LockReason) => void): void {
  browser.windows.onRemoved.addListener(async () => {
    const open = await browser.windows.getAll({ windowTypes: ['normal'] }).catch(() => []);
    if (open.length === 0) lockNow('windows');
  });
}
