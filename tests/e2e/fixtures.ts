import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, NO_CHROMIUM_HELP } from '../../scripts/find-chromium.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A Chromium with the built extension loaded, and what tests need to reach it. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile directory (for tests that inspect what reached the disk). */
  userDataDir: string;
  /** Opens an extension page such as "popup.html" in a new tab. */
  openPage(path: string): Promise<Page>;
  /** URLs of every page the browser has, side panels included (Playwright lists only tabs). */
  targetUrls(): Promise<string[]>;
  close(): Promise<void>;
}

/** Launches Chromium with the extension in `extensionDir` and waits for its service worker. */
export async function launchExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  const userDataDir = await mkdtemp(join(tmpdir(), 'csec-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      // Without these Chromium tries to reach Google's hosts, which this test never needs.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  return {
    context,
    extensionId,
    userDataDir,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async targetUrls() {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      await cdp.detach();
      return targetInfos.map((t) => t.url);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
