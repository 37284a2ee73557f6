import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures';
import { PopupPage } from './popup-page';

describe('popup in real Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('opens with the search box focused and the hotlines listed', async () => {
    const popup = await PopupPage.open(browser);
    await expect.poll(() => popup.input.evaluate((el) => el === document.activeElement)).toBe(true);
    const titles = await popup.resultTitles();
    expect(titles[0]).toBe('National Human Trafficking Hotline');
    expect(titles).toContain('National Runaway Safeline');
  });

  it('copies the highlighted result with Enter, after moving with the arrows', async () => {
    const popup = await PopupPage.open(browser);
    await popup.search('traficking hotlne');
    await expect.poll(() => popup.activeTitle()).toBe('National Human Trafficking Hotline');
    await popup.press('Enter');
    await expect.poll(() => popup.clipboard()).toBe(
      'National Human Trafficking Hotline (24/7, confidential): call 1-888-373-7888 or text 233733.',
    );
    expect(await popup.status()).toContain('Copied');

    await popup.search('what to say');
    const second = (await popup.resultTitles())[1];
    await popup.press('ArrowDown');
    expect(await popup.activeTitle()).toBe(second);
    await popup.press('Enter');
    await expect.poll(() => popup.clipboard()).toBe(second);
  });
});
