import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage } from './panel-page.ts';

/**
 * At 200% zoom (helper-49), in real Chromium: the popup is 400 CSS px inside its 800 px window
 * and the side panel, 360 px wide on screen, is 180 CSS px. Nothing is cut off or pushed sideways.
 */
describe('200% zoom: what a low-vision volunteer sees', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  const zoom = async (page: Page) => {
    await page.evaluate(() => (document.documentElement.style.zoom = '2'));
    await page.waitForTimeout(100);
  };
  const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('popup: the chip the arrow keys reach is whole on screen, and an entry’s buttons wrap', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await zoom(page);
    await page.keyboard.press('Tab');
    const cut: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
      const chip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const row = el.closest('.chips')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return { name: el.textContent ?? '', inside: r.left >= row.left - 1 && r.right <= row.right + 1 };
      });
      if (!chip.inside) cut.push(chip.name);
    }
    expect(cut).toEqual([]);

    await page.getByRole('combobox', { name: 'Search guidance' }).fill('trafficking hotline');
    await page.keyboard.press('Shift+Enter');
    await page.getByRole('button', { name: 'Copy message' }).waitFor();
    const pane = await page.evaluate(() => {
      const el = document.querySelector('.pane') as HTMLElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(pane).toBeLessThanOrEqual(1);
    expect(await sideways(page)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('side panel at 180 CSS px: no sideways scrolling, every tab readable, a plan still fits', async () => {
    const panel = await PanelPage.open(browser);
    const page = panel.page;
    await page.setViewportSize({ width: 360, height: 700 });
    await zoom(page);
    expect(await sideways(page)).toBeLessThanOrEqual(1);
    // No tab drawn over another, none clipped.
    const tabs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => {
        const r = tab.getBoundingClientRect();
        return { name: tab.textContent ?? '', left: r.left, right: r.right, top: r.top, clipped: tab.scrollWidth > tab.clientWidth + 1 };
      }),
    );
    expect(tabs.filter((tab) => tab.clipped).map((tab) => tab.name)).toEqual([]);
    for (const [a, b] of tabs.slice(1).map((tab, i) => [tabs[i]!, tab] as const))
      if (a.top === b.top) expect(b.left, `${a.name} / ${b.name}`).toBeGreaterThanOrEqual(a.right - 1);

    await page.getByRole('button', { name: '+ New safety plan' }).click();
    const skip = page.getByRole('button', { name: 'Skip for now' });
    if (await skip.isVisible().catch(() => false)) await skip.click();
    await panel.expandAll();
    expect(await sideways(page)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
