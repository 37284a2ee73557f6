import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { currentWorker } from './lock-trigger.ts';
import { PanelPage } from './panel-page.ts';

/** Chromium started in Spanish (--lang=es): the extension speaks Spanish without being asked. */
describe('en español (Chromium started with --lang=es)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension(undefined, { lang: 'es' });
  });
  afterAll(async () => browser?.close());

  it('opens the Spanish popup from the toolbar: search box, results and the copied hotline message in Spanish', async () => {
    // The worker picks the popup's language once it has started (utils/language.ts), after it has
    // built the search index: on a loaded machine a popup opened at once was still the English one.
    const worker = await currentWorker(browser.context, browser.extensionId);
    await expect
      .poll(
        () =>
          worker.evaluate(() =>
            (globalThis as unknown as { chrome: { action: { getPopup(d: object): Promise<string> } } }).chrome.action.getPopup({}),
          ),
        {
          timeout: 10_000,
        },
      )
      .toMatch(/\/popup-es\.html$/);
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

  it('notes a red flag in the side panel’s observations in Spanish: the plan chooser, the checklist, the court-report note', async () => {
    const id = browser.extensionId;
    // The one-time lock offer is the plans' screen, not the observations': marked as made, it stays away.
    const setup = await browser.context.newPage();
    await setup.goto(`chrome-extension://${id}/print.html?plan=&view=checklist`);
    await setup.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        lockOffered: true,
      }),
    );
    await setup.close();

    const panel = new PanelPage(await browser.context.newPage());
    const page = panel.page;
    await page.goto(`chrome-extension://${id}/sidepanel.html#note=red-flag-excess-cash`);
    await page.getByRole('heading', { name: 'Anotar “Exceso de dinero en efectivo en su poder”: ¿para qué joven?' }).waitFor();
    await page.getByRole('button', { name: '+ Nuevo plan de seguridad' }).click();
    const flag = page.getByRole('checkbox', { name: /^Exceso de dinero en efectivo en su poder/ });
    await flag.waitFor();
    expect(await flag.isChecked()).toBe(true);
    await page.getByRole('heading', { name: /^Observación del \d+ de \p{L}+ de \d{4}$/u }).waitFor();
    await page.getByLabel('Lo que vio u oyó', { exact: true }).fill('Tenía un rollo de billetes y no dijo de dónde.');
    await page.getByRole('button', { name: 'Listo' }).click();

    await page.getByRole('button', { name: 'Nota para la corte' }).click();
    await page.getByRole('button', { name: 'Elegir todas' }).click();
    expect(await page.getByLabel('La nota').innerText()).toMatch(
      /^El \d+ de \p{L}+ de \d{4}, el\/la CASA observó: Tenía un rollo de billetes y no dijo de dónde\. Esto incluyó una gran cantidad de dinero en efectivo\.$/u,
    );

    // The panel's own address for the plan's observations, as observations.e2e.ts opens it.
    await page.getByRole('button', { name: 'Lista de verificación' }).click();
    await page.getByRole('button', { name: 'Elegir todas' }).click();
    const [print] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Imprimir la lista llena (1)' }).click(),
    ]);
    await print.waitForLoadState();
    const planId = new URL(print.url()).searchParams.get('plan');
    await print.close();
    const again = new PanelPage(await browser.context.newPage());
    await again.page.goto(`chrome-extension://${id}/sidepanel.html#plan=${planId}&view=observations`);
    await again.page.getByRole('heading', { name: /^Observaciones: / }).waitFor();
    await again.page.getByRole('button', { name: 'Cronología' }).click();
    await again.page.getByRole('img', { name: /^Señales de alerta anotadas a lo largo del tiempo/ }).waitFor();
    expect(panel.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });
});
