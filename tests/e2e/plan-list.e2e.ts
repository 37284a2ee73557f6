import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupText, planRecord } from './backup-file.ts';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

const COUNT = 500;

/** A backup file with `COUNT` plans, “Youth 0” the most recently changed. */
const backup = () => backupText(Array.from({ length: COUNT }, (_, i) => planRecord(`plan-${i}`, { nickname: `Youth ${i}` }, i)));

describe('item 9: a long plan list', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  /** The panel at 380 × 700, its list of the plans imported by the first test drawn. */
  async function listShown() {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const list = page.getByRole('list', { name: 'Safety plans' });
    await list.getByText('Youth 0', { exact: true }).waitFor();
    return { page, list };
  }

  it('item 9: 500 plans: only those in view are rendered, every one is reached by scrolling, by Tab and by the filter', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page
      .locator('#panel-plans input[type=file]')
      .setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(backup()) });
    // Plans imported into a fresh panel meet the lock offer, as a first new plan does.
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByText(`Imported: ${COUNT} new`, { exact: false }).waitFor();
    const list = page.getByRole('list', { name: 'Safety plans' });
    await list.getByText('Youth 0', { exact: true }).waitFor();
    const items = list.getByRole('listitem');
    expect(await items.count()).toBeLessThan(30);
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(COUNT));

    // Scrolled to the end, the oldest plan is there, in its place.
    await page.evaluate(() => {
      const panel = document.getElementById('panel-plans')!;
      panel.scrollTop = panel.scrollHeight;
    });
    await list.getByText(`Youth ${COUNT - 1}`, { exact: true }).waitFor();
    expect(await items.last().getAttribute('aria-posinset')).toBe(String(COUNT));
    expect(await items.count()).toBeLessThan(30);

    // By keyboard from the top: Tab keeps finding the next plan, well past the first screen.
    await page.evaluate(() => (document.getElementById('panel-plans')!.scrollTop = 0));
    await list.getByRole('button', { name: /^Youth 0\b/ }).focus();
    for (let i = 0; i < 120; i++) await page.keyboard.press('Tab');
    const reached = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    expect(Number(reached)).toBeGreaterThan(25);

    await page.getByLabel('Filter plans by nickname').fill('Youth 321');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('Youth 321');
    await page.close();
  });

  it('helper-58: a plan opened from far down the list opens at its top, its heading in view, and ← All plans comes back to it', async () => {
    const { page, list } = await listShown();
    await page.evaluate(() => {
      const panel = document.getElementById('panel-plans')!;
      panel.scrollTop = panel.scrollHeight;
    });
    await list.getByText(`Youth ${COUNT - 1}`, { exact: true }).click();
    const heading = page.getByRole('heading', { name: `Youth ${COUNT - 1}`, level: 2 });
    await heading.waitFor();
    const shown = await heading.evaluate((h) => {
      const r = h.getBoundingClientRect();
      const tab = document.getElementById('panel-plans')!.getBoundingClientRect();
      return { inView: r.top >= tab.top && r.bottom <= tab.bottom, focused: document.activeElement === h };
    });
    expect(shown).toEqual({ inView: true, focused: true });
    await page.getByRole('button', { name: '← All plans' }).click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? ''))
      .toContain(`Youth ${COUNT - 1}`);
    await page.close();
  });

  it('helper-75 #5: the list scrolls by keyboard as the panel opens, and from its header: Page Down, End, Home', async () => {
    const { page, list } = await listShown();
    const top = () => page.evaluate(() => document.getElementById('panel-plans')!.scrollTop);
    // Nothing has the focus yet (the panel just opened): Page Down moves the list a screen on.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(300);
    await page.keyboard.press('End');
    await list.getByText(`Youth ${COUNT - 1}`, { exact: true }).waitFor();
    await page.keyboard.press('Home');
    await expect.poll(top).toBe(0);
    // From Hide (the first Tab), Page Down still moves the list, and the focus stays on Hide.
    await page.keyboard.press('Tab');
    const hide = page.getByRole('button', { name: /^Hide/ });
    expect(await hide.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(top).toBeGreaterThan(300);
    expect(await hide.evaluate((b) => b === document.activeElement)).toBe(true);
    // The Guide tab scrolls its results: Page Down from Hide moves them (helper-77).
    await page.getByRole('tab', { name: 'Guide' }).click();
    await page.getByRole('combobox').fill('youth');
    const results = () => page.evaluate(() => document.querySelector('#panel-guide .pane')!.scrollTop);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('#panel-guide [role=option]').length)).toBeGreaterThan(10);
    await hide.focus();
    await page.keyboard.press('PageDown');
    await expect.poll(results).toBeGreaterThan(100);
    await page.close();
  });
});
