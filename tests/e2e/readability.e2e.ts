import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

/**
 * Readable under stress, at the sizes the browser really renders: Chrome gives extension
 * pages a smaller default font, so these read computed sizes in real Chromium.
 */

/** Every element that shows text of its own, with its computed font size (px). */
async function textSizes(page: Page): Promise<{ text: string; tag: string; size: number }[]> {
  return page.evaluate(() => {
    const out: { text: string; tag: string; size: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const field = el.matches('input:not([type=radio]):not([type=checkbox]), textarea, select');
      if (!own && !field) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      out.push({
        text: (el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 30),
        tag: el.tagName,
        size: parseFloat(style.fontSize),
      });
    }
    return out;
  });
}

/** Body text and labels ≥ 15 px, form fields ≥ 16 px; key caps (kbd) ≥ 13 px. */
export function tooSmall(sizes: { text: string; tag: string; size: number }[]) {
  return sizes.filter(({ tag, size }) => size < (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag) ? 16 : tag === 'KBD' ? 13 : 15));
}

describe('readable text in the popup', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('renders body text and labels at 15 px or more, inputs at 16 px (results, entry, personalise)', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    const seen = await textSizes(page);
    await page.getByRole('combobox').fill('trafficking hotline');
    await page.locator('[role=option]').first().waitFor();
    seen.push(...(await textSizes(page)));
    await page.keyboard.press('Shift+Enter');
    await page.locator('.detail').waitFor();
    seen.push(...(await textSizes(page)));
    await page.getByRole('button', { name: 'Personalise…' }).click();
    await page.locator('.fill-in').waitFor();
    seen.push(...(await textSizes(page)));
    expect(seen.length).toBeGreaterThan(40);
    expect(tooSmall(seen)).toEqual([]);
    await page.close();
  });

  it('shows at least five whole results above the footer at 400 × 600', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    for (const query of ['', 'red flags']) {
      await page.getByRole('combobox').fill(query);
      await page.waitForTimeout(100);
      const visible = await page.evaluate(() => {
        const pane = document.querySelector('.pane')!.getBoundingClientRect();
        const footer = document.querySelector('footer')!.getBoundingClientRect();
        const bottom = Math.min(pane.bottom, footer.top);
        return [...document.querySelectorAll('[role=option]')].filter((o) => {
          const r = o.getBoundingClientRect();
          return r.top >= pane.top && r.bottom <= bottom;
        }).length;
      });
      expect(visible, `query “${query}”`).toBeGreaterThanOrEqual(5);
    }
    await page.close();
  });
});
