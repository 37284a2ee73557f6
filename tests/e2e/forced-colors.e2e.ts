import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

/**
 * Windows High Contrast and other forced-colour modes replace the page's colours with the
 * system's: what is chosen (the open tab, a pressed filter, the highlighted result) must still
 * stand apart from what is not, by more than a colour the mode takes away (helper-49 #9).
 */
describe('forced colours: what is chosen stays visible', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  }
  const style = (page: Page, selector: string, property: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

  it('the open tab of the side panel is marked, the others are not', async () => {
    const page = await open('sidepanel.html');
    await page.getByRole('tab', { name: 'Safety plans' }).waitFor();
    const selected = await style(page, '[role="tab"][aria-selected="true"]', 'border-bottom-color');
    const other = await style(page, '[role="tab"][aria-selected="false"]', 'border-bottom-color');
    expect(selected).not.toBe(other);
    await page.close();
  });

  it('the pressed filter and the highlighted result stand apart in the popup', async () => {
    const page = await open('popup.html');
    await page.getByRole('combobox').fill('hotline');
    await page.locator('.option.active').waitFor();
    expect(await style(page, '.chip[aria-pressed="true"]', 'background-color')).not.toBe(
      await style(page, '.chip[aria-pressed="false"]', 'background-color'),
    );
    expect(await style(page, '.option.active', 'outline-style')).not.toBe('none');
    expect(await style(page, '.option:not(.active)', 'outline-style')).toBe('none');
    await page.close();
  });
});
