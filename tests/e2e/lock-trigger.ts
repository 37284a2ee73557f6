import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { EXTENSION_DIR } from './fixtures.ts';

/**
 * Headless Chromium never goes idle and has no screen to lock, so the idle API's events cannot
 * be caused for real. This test-only copy of the build prepends a few lines to the background
 * that keep the idle listeners it registers, so a test can deliver 'idle' or 'locked' as
 * Chrome would: `__fireIdle(state)`, or at the next wake-up of the worker when
 * `storage.local.e2eLockOnWake` is set (the event that woke it, finding 1). The shipped
 * build never carries this.
 */
const PROLOGUE = `(() => {
  const listeners = [];
  const event = chrome.idle.onStateChanged;
  const add = event.addListener.bind(event);
  event.addListener = (cb) => { listeners.push(cb); add(cb); };
  globalThis.__fireIdle = (state) => listeners.forEach((cb) => cb(state));
  chrome.storage.local.get('e2eLockOnWake').then(({ e2eLockOnWake }) => {
    if (!e2eLockOnWake) return;
    chrome.storage.local.remove('e2eLockOnWake');
    setTimeout(() => globalThis.__fireIdle('locked'));
  });
})();
`;

export async function buildWithIdleTrigger(extensionDir = EXTENSION_DIR): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'csec-e2e-idle-'));
  await cp(extensionDir, copy, { recursive: true });
  const background = join(copy, 'background.js');
  await writeFile(background, PROLOGUE + (await readFile(background, 'utf8')));
  return copy;
}

/** The extension's service worker as it runs now (a new one after each restart). */
export async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
}

/** Delivers an idle-API state change to the background, as Chrome does when the user is away. */
export async function fireIdle(context: BrowserContext, extensionId: string, state: 'idle' | 'locked'): Promise<void> {
  const worker = await currentWorker(context, extensionId);
  await worker.evaluate((s) => (globalThis as unknown as { __fireIdle(state: string): void }).__fireIdle(s), state);
}
