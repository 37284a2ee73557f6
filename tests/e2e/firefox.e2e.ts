import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canWritePolicy } from './policy.ts';

const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const CANDIDATES = [
  process.env.FIREFOX_PATH ?? '',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];
const firefox = CANDIDATES.find((path) => path && existsSync(path));

/**
 * A copy of the Firefox build whose background opens the popup and side-panel pages in tabs
 * when installed: WebDriver BiDi may not navigate to moz-extension:// URLs, but it can drive
 * pages the extension opened itself. The shipped build has no such code.
 */
function openerBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csec-firefox-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  appendFileSync(
    join(dir, 'background.js'),
    "\n;browser.runtime.onInstalled.addListener(() => { for (const p of ['/popup.html', '/sidepanel.html']) browser.tabs.create({ url: browser.runtime.getURL(p) }); });\n",
  );
  return dir;
}

/** The page whose own location ends with `path` (BiDi may report its URL as about:blank). */
async function extensionPage(browser: Browser, path: string): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(path)) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not open ${path}`);
}

/** A program's line, pushed through Firefox's own policy file (docs/ADMIN.md). */
const FIREFOX_POLICY = {
  policies: {
    '3rdparty': {
      Extensions: {
        'csec-casa-guide@local': {
          programName: 'CASA of Example County',
          localResources: [
            {
              id: 'firefox-line',
              title: 'Example County after-hours line',
              body: 'Nights and weekends.',
              phones: [{ number: '1-323-555-0142' }],
            },
          ],
        },
      },
    },
  },
};

/** Writes distribution/policies.json beside the Firefox binary (root only); returns how to put back what was there. */
function writeFirefoxPolicy(binary: string): () => void {
  const file = join(dirname(realpathSync(binary)), 'distribution', 'policies.json');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  writeFileSync(file, JSON.stringify(FIREFOX_POLICY));
  return () => (before === undefined ? rmSync(file, { force: true }) : writeFileSync(file, before));
}

describe('Firefox smoke test (firefox-esr over WebDriver BiDi)', () => {
  let browser: Browser;
  let dir: string;
  let restorePolicy = () => {};
  beforeAll(async () => {
    if (!firefox) throw new Error('No Firefox found. Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
    if (canWritePolicy) restorePolicy = writeFirefoxPolicy(firefox);
    dir = openerBuild();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
    await browser.installExtension(dir);
  });
  afterAll(async () => {
    restorePolicy();
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the popup searches the guide', async () => {
    const popup = await extensionPage(browser, '/popup.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.type('#guide-search', 'runaway');
    await popup.waitForFunction(() => document.querySelector('[role=option] .option-title')?.textContent === 'National Runaway Safeline');
    expect(await popup.evaluate(() => document.querySelector('[role=option] .option-key')?.textContent)).toContain('1-800-786-2929');
  });

  it('the sidebar creates and autosaves a safety plan', async () => {
    const panel = await extensionPage(browser, '/sidepanel.html');
    const clickButton = (name: string) =>
      panel
        .waitForFunction((n) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === n), {}, name)
        .then(() =>
          panel.evaluate((n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n)?.click(), name),
        );
    await clickButton('+ New safety plan');
    await clickButton('Skip for now');
    await panel.waitForSelector('#field-nickname');
    await panel.type('#field-nickname', 'FF test');
    await panel.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved');
    await clickButton('← All plans');
    await panel.waitForFunction(() => document.querySelector('.plan-name')?.textContent === 'FF test');
  });

  it('the sidebar’s title follows the interface language, not only the browser’s (helper-71)', async () => {
    const page = await extensionPage(browser, '/sidepanel.html');
    type Ext = { sidebarAction: { getTitle(d: object): Promise<string> }; storage: { local: { set(v: object): Promise<void> } } };
    const title = () => page.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.sidebarAction.getTitle({}));
    expect(await title()).toBe('Safety plans — CSEC Guide');
    await page.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.storage.local.set({ uiLanguage: 'es' }));
    await expect.poll(title, { timeout: 10_000 }).toBe('Planes de seguridad — Guía CSEC');
    await page.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.storage.local.set({ uiLanguage: 'auto' }));
    await expect.poll(title, { timeout: 10_000 }).toBe('Safety plans — CSEC Guide');
    await page.close();
  });

  it.skipIf(!canWritePolicy)('finds a program’s line pushed through policies.json', async () => {
    const popup = await extensionPage(browser, '/popup.html');
    await popup.waitForFunction(() => document.querySelector('footer')?.textContent?.includes('CASA of Example County'), {
      timeout: 15_000,
    });
    await popup.evaluate(() => {
      const input = document.getElementById('guide-search') as HTMLInputElement;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.type('#guide-search', 'after-hours line');
    await popup.waitForFunction(
      () => document.querySelector('[role=option] .option-title')?.textContent === 'Example County after-hours line',
    );
    const option = await popup.evaluate(() => document.querySelector('[role=option]')?.textContent ?? '');
    expect(option).toContain('323-555-0142');
    expect(option).toContain('From your program');
  });
});
