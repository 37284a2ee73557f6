import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

/**
 * The README's screenshots, taken from the real extension. `npm run screenshots` writes them
 * to docs/screenshots; a plain test run writes them to a temporary folder, so it still
 * proves each view renders without touching the working tree.
 */
const OUT = process.env.UPDATE_SCREENSHOTS
  ? resolve(import.meta.dirname, '../../docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'csec-shots-'));

describe('screenshots', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it.each(['light', 'dark'] as const)('popup with results (%s)', async (colorScheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 580 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await page.getByRole('combobox').pressSequentially('runaway');
    await page.locator('[role=option]').first().waitFor();
    const png = await page.screenshot({ path: join(OUT, `popup-${colorScheme}.png`) });
    expect(png.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
