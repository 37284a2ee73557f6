import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, NO_CHROMIUM_HELP } from '../../scripts/find-chromium.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A Chromium with the built extension loaded, and what tests need to reach it. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile directory (for tests that inspect what reached the disk). */
  userDataDir: string;
  /** Requests from extension pages to anything but the extension itself: must stay empty. */
  externalRequests: string[];
  /** Opens an extension page such as "popup.html" in a new tab. */
  openPage(path: string): Promise<Page>;
  /** URLs of every page the browser has, side panels included (Playwright lists only tabs). */
  targetUrls(): Promise<string[]>;
  /**
   * Opens the real action popup over the current tab (chrome.action.openPopup from the
   * service worker) and returns it. Playwright does not attach to it on its own, so it is
   * reached over a second CDP connection; one popup per browser instance is reliable.
   */
  openActionPopup(): Promise<Page>;
  /** A page Playwright does not list on its own (the real side panel), by the end of its URL. */
  remotePage(urlEnd: string | RegExp): Promise<Page>;
  /** Closes the browser; `keepProfile` leaves its profile folder for inspection. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Chromium with the extension in `extensionDir` and waits for its service worker. */
export async function launchExtension(extensionDir = EXTENSION_DIR, { lang }: { lang?: string } = {}): Promise<ExtensionBrowser> {
  /** CDP connections made to reach pages Playwright does not list; closed with the browser. */
  const remotes: Browser[] = [];
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  const userDataDir = await mkdtemp(join(tmpdir(), 'csec-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    // On Linux Chromium takes its interface language from LANGUAGE (with Debian's chromium-l10n).
    ...(lang && { env: { ...process.env, LANGUAGE: lang } }),
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
      // A second door for openActionPopup(); the port is picked by Chromium, on loopback only.
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

  async function remotePage(urlEnd: string | RegExp): Promise<Page> {
    const port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
    for (let i = 0; i < 50; i++) {
      // A fresh connection each try: Playwright lists only the pages that exist when it connects.
      const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      remotes.push(remote);
      const page = remote
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => (typeof urlEnd === 'string' ? p.url().endsWith(urlEnd) : urlEnd.test(p.url())));
      if (page) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No page ending in ${urlEnd} opened.`);
  }
  const extensionId = new URL(worker.url()).host;
  // Nothing leaves the device: every request an extension page makes is checked.
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    // A navigation that opens a new page has no frame yet (Playwright throws). Its opener is
    // unknown, so count it unless it goes to the extension or to the tests' own fixture server.
    let from: string;
    try {
      from = request.frame()?.url() ?? '';
    } catch {
      from = /^(https?:\/\/127\.0\.0\.1[:/]|about:)/.test(request.url()) ? '' : 'chrome-extension://(a new page)';
    }
    const to = request.url();
    if (
      from.startsWith('chrome-extension://') &&
      !to.startsWith(`chrome-extension://${extensionId}/`) &&
      !to.startsWith('data:') &&
      !to.startsWith('blob:')
    ) {
      externalRequests.push(`${from} → ${to}`);
    }
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  return {
    context,
    extensionId,
    userDataDir,
    externalRequests,
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
    async openActionPopup() {
      await worker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
      );
      // popup.html, or popup-es.html in a Spanish interface (utils/language.ts).
      return remotePage(/\/popup(-es)?\.html$/);
    },
    remotePage,
    async close({ keepProfile = false } = {}) {
      for (const r of remotes) await r.close().catch(() => {});
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
      if (externalRequests.length) throw new Error(`Extension pages made network requests:\n${externalRequests.join('\n')}`);
    },
  };
}

/**
 * A copy of the build whose manifest also grants http://127.0.0.1/*, for insertion tests.
 * In automated Chromium, chrome.action.openPopup() opens the real popup but does not grant
 * activeTab; this grant stands in for it. The shipped manifest never carries it.
 */
export async function buildWithLoopbackAccess(extensionDir = EXTENSION_DIR): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'csec-e2e-build-'));
  await cp(extensionDir, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}
