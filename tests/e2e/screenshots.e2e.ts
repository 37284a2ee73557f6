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
    // The results paint a frame after they are laid out: wait for two frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const png = await page.screenshot({ path: join(OUT, `popup-${colorScheme}.png`) });
    expect(png.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('side panel editor, print view and wallet card', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 760 });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.getByRole('button', { name: '+ New safety plan' }).click();
    await page.getByRole('heading', { name: 'Protect plans with a passphrase — recommended' }).waitFor();
    expect((await page.screenshot({ path: join(OUT, 'sidepanel-lock-offer.png') })).length).toBeGreaterThan(10_000);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('Youth’s nickname or initials').fill('J.D.');
    await field('Plan date').fill('2026-11-29');
    await field('Who helped make it').fill('J.D., her CSW and her CASA');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: /^2\. Warning signs and triggers/ }).click();
    await field('Warning signs and triggers').fill('Messages from an older “friend” met online; staying out past curfew.');
    await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await page.screenshot({ path: join(OUT, 'sidepanel-editor.png') })).length).toBeGreaterThan(10_000);

    const [print] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('button', { name: 'Print' }).click()]);
    await print.setViewportSize({ width: 800, height: 700 });
    await print.getByRole('heading', { name: 'Safety plan: J.D.' }).waitFor();
    expect((await print.screenshot({ path: join(OUT, 'print-view.png') })).length).toBeGreaterThan(10_000);
    await print.goto(print.url().replace('view=plan', 'view=wallet'));
    await print.getByRole('article', { name: 'Wallet card' }).waitFor();
    expect((await print.screenshot({ path: join(OUT, 'wallet-card.png') })).length).toBeGreaterThan(5_000);
    await print.close();
    await page.close();
  });
});

describe('screenshots in Spanish (Chromium started with --lang=es)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension(undefined, { lang: 'es' });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => browser?.close());

  it('popup and side panel editor in Spanish', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 390, height: 580 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup-es.html`);
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.getByRole('combobox', { name: 'Buscar en la guía' }).pressSequentially('se escapó');
    await popup.locator('[role=option]').first().waitFor();
    expect((await popup.screenshot({ path: join(OUT, 'popup-es.png') })).length).toBeGreaterThan(10_000);
    await popup.close();

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 760 });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.getByRole('button', { name: '+ Nuevo plan de seguridad' }).click();
    await page.getByRole('button', { name: 'Ahora no' }).click();
    await page.getByLabel('Apodo o iniciales del/de la joven', { exact: true }).fill('J.D.');
    await page.locator('.save-status', { hasText: /^Guardado$/ }).waitFor();
    expect((await page.screenshot({ path: join(OUT, 'sidepanel-es.png') })).length).toBeGreaterThan(10_000);
    await page.close();
  });
});
