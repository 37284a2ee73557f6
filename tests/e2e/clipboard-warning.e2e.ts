import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage } from './panel-page.ts';

/** Whether `locator` is wholly inside the page's viewport. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
}

/**
 * Copying plan text asks first (clipboard history may keep it). The question used to open at the
 * top of the panel, and moving the focus there scrolled the plan away from the section whose Copy
 * was pressed (helper-49). It opens at the bottom of the view now, over the plan, which stays put.
 */
describe('the clipboard question, deep in a plan', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('opens in view with the focus on it, the Copy pressed still in sight; Cancel gives the focus back to it', async () => {
    const panel = await PanelPage.open(browser);
    const page = panel.page;
    await page.setViewportSize({ width: 380, height: 700 });
    await panel.createPlan('JD');
    await panel.expandAll();
    const copy = page.getByRole('button', { name: 'Copy section “Numbers to memorize” as text' });
    await copy.scrollIntoViewIfNeeded();
    // Far down the plan: the top of the panel is out of sight.
    expect(await inView(page, panel.field('Youth’s nickname or initials'))).toBe(false);
    await copy.click();
    const question = page.getByRole('alertdialog');
    await question.waitFor();
    await page.waitForTimeout(100);
    expect(await inView(page, question)).toBe(true);
    expect(await inView(page, copy)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[role="alertdialog"]') !== null)).toBe(true);
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Copy section “Numbers to memorize” as text',
    );
    expect(await inView(page, copy)).toBe(true);
    expect(panel.errors).toEqual([]);
    await page.close();
  });
});
