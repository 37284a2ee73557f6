import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { currentWorker } from './lock-trigger.ts';

type Chrome = {
  chrome: { action: { getPopup(d: object): Promise<string> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
};

/**
 * helper-62, a volunteer whose first language is Spanish, with Chrome in English: the language
 * setting was only in the side panel's Settings, two screens down, and nothing pointed to it.
 */
describe('the popup’s “Español” / “English” (Chromium in English)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  const toolbarPopup = async () => {
    const worker = await currentWorker(browser.context, browser.extensionId);
    return worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getPopup({}));
  };
  const stored = async () => {
    const worker = await currentWorker(browser.context, browser.extensionId);
    return worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('uiLanguage'));
  };

  it('shows the whole extension in Spanish from one click in the popup, and back in English from the same place', async () => {
    await expect.poll(toolbarPopup, { timeout: 10_000 }).toMatch(/\/popup\.html$/);
    const popup = await browser.openActionPopup();
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    const spanish = popup.getByRole('button', { name: 'Español' });
    // Named in its own language, and marked so, for a screen reader's Spanish voice.
    expect(await spanish.getAttribute('lang')).toBe('es');
    await spanish.click();

    // The popup becomes the Spanish one at once, and the toolbar opens it from now on.
    await popup.waitForURL(/\/popup-es\.html$/);
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.getByRole('combobox', { name: 'Buscar en la guía' }).waitFor();
    await expect.poll(toolbarPopup).toMatch(/\/popup-es\.html$/);

    // The side panel speaks Spanish too, and its Settings show the choice.
    const panel = await browser.openPage('sidepanel.html');
    await panel.getByRole('tab', { name: 'Ajustes' }).click();
    expect(await panel.getByLabel('Idioma de la interfaz').inputValue()).toBe('es');
    await panel.close();

    // "English" in the Spanish popup: back to following the browser, as before the click. (The
    // real popup closed when the panel's tab took the focus, as it does for a user; one real
    // popup per browser is reliable, so this one is the same page in a tab.)
    const again = await browser.openPage('popup-es.html');
    await again.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await again.getByRole('button', { name: 'English' }).click();
    await again.waitForURL(/\/popup\.html$/);
    await again.getByRole('combobox', { name: 'Search guidance' }).waitFor();
    await expect.poll(toolbarPopup).toMatch(/\/popup\.html$/);
    expect(await stored()).toEqual({ uiLanguage: 'auto' });
  });
});
