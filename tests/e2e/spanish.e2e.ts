import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

/** Chromium started in Spanish (--lang=es): the extension speaks Spanish without being asked. */
describe('en español (Chromium started with --lang=es)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension(undefined, { lang: 'es' });
  });
  afterAll(async () => browser?.close());

  it('opens the Spanish popup from the toolbar: search box, results and the copied hotline message in Spanish', async () => {
    const popup = await browser.openActionPopup();
    expect(new URL(popup.url()).pathname).toBe('/popup-es.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    const input = popup.getByRole('combobox', { name: 'Buscar en la guía' });
    expect(await input.getAttribute('placeholder')).toMatch(/^Línea de ayuda/);
    await input.fill('línea de trata');
    await expect
      .poll(() => popup.locator('[role=option] .option-title').first().innerText())
      .toMatch(/^Línea Nacional contra la Trata de Personas/);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Línea Nacional contra la Trata de Personas .*llama al 1-888-373-7888.*233733\.$/);
    expect(await popup.getByRole('status').innerText()).toMatch(/^Copiado/);
  });
});
