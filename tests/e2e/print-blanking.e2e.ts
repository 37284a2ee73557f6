import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { buildWithIdleTrigger, currentWorker, fireIdle } from './lock-trigger.ts';

const PASSPHRASE = 'correct horse battery staple';
const CANARY = 'CANARY-print-8842';
/** The wallet card shows only the numbers: this one is the label of the first. */
const WALLET_CANARY = 'CANARY-wallet-3391';
const shows = (tab: Page) => (tab.url().includes('view=wallet') ? WALLET_CANARY : CANARY);

/** Everything a print tab holds: its markup and the text of its form fields. */
const contents = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

describe('finding 2: print and wallet-card tabs, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  let print: Page;
  let wallet: Page;

  /** Both tabs show the plan again (after a reload, once plans are open). */
  async function reloadShowing() {
    for (const tab of [print, wallet]) {
      await tab.reload();
      await tab.getByText(shows(tab)).first().waitFor();
    }
  }

  /** Both tabs say `text` and hold no plan text, without being touched. */
  async function expectBlank(text: RegExp) {
    for (const tab of [print, wallet]) {
      await tab.getByRole('alert').filter({ hasText: text }).waitFor();
      expect(await contents(tab)).not.toContain(CANARY);
      expect(await contents(tab)).not.toContain(WALLET_CANARY);
      expect(await tab.title()).toBe('Print');
    }
  }

  /** A reload while locked says so (not “could not be found”). */
  async function reloadSaysLocked() {
    await print.reload();
    await print
      .getByRole('alert')
      .filter({ hasText: /^Plans are locked/ })
      .waitFor();
  }

  async function unlock() {
    await panel.getByRole('tab', { name: 'Safety plans' }).click();
    await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await panel.getByRole('button', { name: '+ New safety plan' }).waitFor();
  }

  async function lockNow() {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Lock now' }).click();
  }

  let build: string;

  beforeAll(async () => {
    build = await buildWithIdleTrigger();
    browser = await launchExtension(build);
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByRole('button', { name: '+ New safety plan' }).click();
    await panel.getByRole('button', { name: 'Skip for now' }).click();
    await panel.getByRole('button', { name: 'Open all sections' }).click();
    await panel.getByLabel('Code word or signal', { exact: true }).fill(CANARY);
    await panel.getByRole('group', { name: 'Numbers', exact: true }).getByRole('textbox').nth(0).fill(WALLET_CANARY);
    await panel.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    [print] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Print' }).click()]);
    wallet = await browser.context.newPage();
    await wallet.goto(print.url().replace('view=plan', 'view=wallet'));
    for (const tab of [print, wallet]) await tab.getByText(shows(tab)).first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(build, { recursive: true, force: true });
  });

  it('finding 2: Hide blanks them even without the passphrase lock', async () => {
    await panel.getByRole('button', { name: /^Hide/ }).click();
    await expectBlank(/^Hidden\./);
    await panel.getByRole('button', { name: 'Show' }).click();
  });

  it('finding 2: Lock now blanks them, and a reload while locked says “Plans are locked”, not “could not be found”', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const setUp = panel.locator('form.set-up-lock');
    await setUp.getByLabel('New passphrase (10 characters or more)').fill(PASSPHRASE);
    await setUp.getByLabel('Type it again').fill(PASSPHRASE);
    await setUp.getByRole('button', { name: 'Turn on the lock' }).click();
    await panel.getByRole('button', { name: 'Lock now' }).waitFor();
    await reloadShowing();
    await lockNow();
    await expectBlank(/^Plans are locked/);
    await reloadSaysLocked();
    // What the page says (its HTML also holds the interface's words, every message, as data).
    expect(await print.locator('#app').innerText()).not.toMatch(/could not be found/);
  });

  it('finding 2: quick hide (Shift ×3) blanks them', async () => {
    await unlock();
    await reloadShowing();
    await panel.locator('body').click();
    for (let i = 0; i < 3; i++) await panel.keyboard.press('Shift');
    await expectBlank(/^(Hidden|Plans are locked)/);
    await panel.getByRole('button', { name: 'Show' }).click();
  });

  it('finding 2: an idle lock blanks them', async () => {
    await unlock();
    await reloadShowing();
    await fireIdle(browser.context, browser.extensionId, 'locked');
    await expectBlank(/^Plans are locked/);
  });

  it('an idle lock, and a screen lock: the open panel says why it locked and that nothing typed is lost (helper-70 F7)', async () => {
    for (const [state, said] of [
      ['idle', 'Plans locked after a time without use (Settings ▸ Auto-lock). What you typed before the lock is saved.'],
      ['locked', 'Plans locked because the computer’s screen locked. What you typed before the lock is saved.'],
    ] as const) {
      await unlock();
      await fireIdle(browser.context, browser.extensionId, state);
      await panel.locator('.lock-note', { hasText: said }).waitFor();
    }
    // Unlocked and locked again from the panel itself: no reason left over from the last lock.
    await unlock();
    await lockNow();
    await panel.getByRole('tab', { name: 'Safety plans' }).click();
    await panel.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
    expect(await panel.locator('.lock-note').textContent()).toBe('');
  });

  it('finding 2: a worker restart that comes back locked blanks them', async () => {
    await unlock();
    await reloadShowing();
    // The worker stops (as Chrome stops an idle one); the screen-lock event is what wakes it.
    const worker = await currentWorker(browser.context, browser.extensionId);
    await worker.evaluate(() => ((globalThis as { e2eMark?: number }).e2eMark = 1));
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        e2eLockOnWake: true,
      }),
    );
    const cdp = await browser.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // A fresh worker: what the old one kept in memory is gone.
    await expect.poll(() => worker.evaluate(() => (globalThis as { e2eMark?: number }).e2eMark).catch(() => undefined)).toBeUndefined();
    await expectBlank(/^Plans are locked/);
    await reloadSaysLocked();
  });
});
