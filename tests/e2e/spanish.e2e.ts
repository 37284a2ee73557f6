import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { currentWorker } from './lock-trigger.ts';
import { PanelPage } from './panel-page.ts';
import { newPlanData, rowsValue } from '@/utils/plans/model';

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
      .poll(() => popup.locator('[role=option] .option-title').first().textContent())
      .toMatch(/^Línea Nacional contra la Trata de Personas/);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Línea Nacional contra la Trata de Personas .*llama al 1-888-373-7888.*233733\.$/);
    expect(await popup.getByRole('status').innerText()).toMatch(/^Copiado/);
  });

  it('opens the Spanish crisis card from the empty popup: its lines named in Spanish, addressed with usted', async () => {
    const popup = await browser.openPage('popup-es.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.getByRole('combobox', { name: 'Buscar en la guía' }).press('Enter');
    await popup.getByRole('heading', { name: 'Cuando no puede esperar' }).waitFor();
    const names = await popup.locator('.crisis-rows .line-name').allInnerTexts();
    expect(names).toContain('Emergencias (policía, bomberos, ambulancia)');
    expect(names.join('\n')).not.toMatch(/Emergency|Lifeline$|^LA County|^National Human/m);
    await popup.getByRole('link', { name: '1-800-540-4000 (en California)' }).first().waitFor();
    const card = await popup.locator('.crisis-rows').innerText();
    expect(card).not.toMatch(/in California|\bmanda\b/);
    expect(card).toContain('envíe un mensaje de texto al 988');
    expect(await popup.locator('.footer-keys').innerText()).toContain('Mayús+Enter');
    await popup.close();
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
    // The same note for an English court report, the interface still Spanish (helper-62); then back.
    await page.getByRole('radio', { name: 'English' }).check();
    await expect
      .poll(() => page.getByLabel('La nota').innerText())
      .toMatch(
        /^On \w+ \d+, \d{4}, the CASA observed: Tenía un rollo de billetes y no dijo de dónde\. This included a large amount of cash\.$/,
      );
    await page.getByRole('radio', { name: 'Español' }).check();
    await expect.poll(() => page.getByLabel('La nota').innerText()).toMatch(/^El \d+ de /);

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

  it('shows the side panel’s plan list, editor and settings in Spanish, and prints the plan and wallet card in Spanish', async () => {
    const panel = new PanelPage(await browser.context.newPage());
    const page = panel.page;
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.getByRole('tab', { name: 'Planes de seguridad' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['es', 'Planes de seguridad — Guía CSEC']);
    await page.getByRole('button', { name: 'Ocultar (Mayús ×3)' }).waitFor();

    // A new plan: the one-time lock offer (in Spanish) is skipped where it comes.
    await page.getByRole('button', { name: '+ Nuevo plan de seguridad' }).click();
    const skip = page.getByRole('button', { name: 'Ahora no' });
    const nickname = panel.field('Apodo o iniciales del/de la joven');
    await skip.or(nickname).first().waitFor();
    if (await skip.isVisible()) await skip.click();
    await nickname.fill('Mari');
    await page.locator('.save-status', { hasText: /^Guardado$/ }).waitFor();
    await page.getByRole('group', { name: 'Acciones del plan' }).getByRole('button', { name: 'Tarjeta de bolsillo' }).waitFor();
    await page.getByRole('button', { name: 'Abrir todas las secciones' }).click();
    await page.getByRole('button', { name: /^6\. Palabra clave o señal\b/ }).waitFor();
    // The youth's own words, typed in Spanish or English, are stored and printed as typed.
    await panel.field('Palabra clave o señal').fill('paraguas azul (blue umbrella)');
    await page.locator('.save-status', { hasText: /^Guardado$/ }).waitFor();
    // A new plan's starting words in Spanish (stored in English): the go-bag checklist, numbers and services.
    await page.getByRole('checkbox', { name: 'Cargador del teléfono' }).check();
    await page.locator('.save-status', { hasText: /^Guardado$/ }).waitFor();
    const editor = await page.locator('.plan-section').allInnerTexts();
    expect(editor.join('\n')).not.toMatch(/Birth certificate|Phone charger/);
    expect(await page.locator('textarea.cell-text').evaluateAll((cells) => cells.map((c) => (c as HTMLTextAreaElement).value))).toEqual(
      expect.arrayContaining(['Trabajador/a social (CSW)', 'Trabajador/a de Saving Innocence']),
    );

    const [print] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Imprimir', exact: true }).click(),
    ]);
    await print.getByRole('heading', { name: 'Plan de seguridad: Mari' }).waitFor();
    expect(await print.evaluate(() => document.documentElement.lang)).toBe('es');
    await print.getByRole('button', { name: 'Imprimir o guardar como PDF' }).waitFor();
    const article = await print.locator('article').innerText();
    expect(article).toContain('Palabra clave o señal');
    expect(article).toContain('Números para memorizar');
    expect(article).toContain('paraguas azul (blue umbrella)');
    expect(article).toMatch(/^Confidencial\. No comparta el estatus CSEC/m);
    expect(article).not.toMatch(/Code word|Numbers to memorize|Confidential/);
    // Choices and starting rows as the editor shows them; no empty “Sobre este plan” under a title that has the nickname.
    expect(article).toContain('Trabajador/a de Saving Innocence — Sin empezar');
    expect(article).toContain('Cargador del teléfono');
    expect(article).not.toMatch(/Not started|Saving Innocence worker|Social worker|Phone charger/);
    expect(await print.getByRole('heading', { level: 2, name: 'Sobre este plan' }).count()).toBe(0);

    // The wallet card: Spanish titles, the very numbers a new plan starts with (never translated).
    await print.goto(print.url().replace('view=plan', 'view=wallet'));
    const card = print.getByRole('article', { name: 'Tarjeta de bolsillo' });
    await card.getByRole('heading', { name: 'Números que debes saber' }).waitFor();
    const numbers = rowsValue({ data: newPlanData() }, 'numbers')
      .map((r) => r.number)
      .filter(Boolean);
    expect(numbers).toContain('1-888-373-7888');
    expect(await card.locator('dd').allInnerTexts()).toEqual(numbers);
    expect(await card.locator('dt').allInnerTexts()).toContain(
      'Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)',
    );
    await print.close();

    // Back to the list, then Settings: in Spanish too.
    await page.getByRole('button', { name: '← Todos los planes' }).click();
    await page.getByRole('group', { name: 'Acciones para Mari' }).getByRole('button', { name: 'Cambiar nombre' }).waitFor();
    expect(await page.locator('.plan-meta').first().innerText()).toMatch(/^Cambiado hace/);
    await page.getByPlaceholder('Filtrar por apodo').waitFor();
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByRole('heading', { name: 'Bloqueo con frase de contraseña' }).waitFor();
    await page.getByRole('heading', { name: 'Bloqueo automático' }).waitFor();
    await page.getByRole('heading', { name: 'Ocultar rápido' }).waitFor();
    expect(panel.errors).toEqual([]);
    await page.close();
  });

  it('fits the longer Spanish tab names whole, beside Hide, from 320 px up', async () => {
    const page = await browser.openPage('sidepanel.html');
    await page.getByRole('tab', { name: 'Ajustes' }).waitFor();
    for (const width of [320, 360, 400]) {
      await page.setViewportSize({ width, height: 640 });
      const layout = await page.evaluate(() => {
        const row = document.querySelector('.tabs')!;
        const hide = document.querySelector('.hide-button')!.getBoundingClientRect();
        const tabs = [...document.querySelectorAll<HTMLElement>('[role=tab]')];
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return {
          rowScrolls: row.scrollWidth > row.clientWidth,
          textCut: tabs.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent),
          outside: tabs.filter((t) => t.getBoundingClientRect().right > innerWidth).map((t) => t.textContent),
          underHide: tabs.some((t) => overlap(t.getBoundingClientRect(), hide)),
        };
      });
      expect(layout, `at ${width} px`).toEqual({ rowScrolls: false, textCut: [], outside: [], underHide: false });
    }
    await page.close();
  });

  it('switches the panel to English and back from Settings, staying on Settings', async () => {
    const page = await browser.openPage('sidepanel.html');
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByLabel('Idioma de la interfaz').selectOption('en');
    await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
    // The choice is read back from storage a moment after the redraw.
    await expect.poll(() => page.getByLabel('Interface language').inputValue()).toBe('en');
    await page.getByLabel('Interface language').selectOption('auto');
    await page.getByRole('tab', { name: 'Ajustes', selected: true }).waitFor();
    await page.close();
  });

  it('keeps the plan open across a change of language: back on the plans tab, the same plan is there', async () => {
    const page = await browser.openPage('sidepanel.html');
    await page.getByRole('button', { name: '+ Nuevo plan de seguridad' }).click();
    // The lock offer, once per profile: skipped here.
    const skip = page.getByRole('button', { name: 'Ahora no' });
    if (await skip.isVisible().catch(() => false)) await skip.click();
    const nickname = page.getByLabel('Apodo o iniciales del/de la joven', { exact: true });
    await nickname.fill('L.M.');
    await page.locator('.save-status', { hasText: /^Guardado$/ }).waitFor();
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByLabel('Idioma de la interfaz').selectOption('en');
    await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
    await page.getByRole('tab', { name: 'Safety plans' }).click();
    await expect.poll(() => page.getByLabel('Youth’s nickname or initials', { exact: true }).inputValue()).toBe('L.M.');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('auto');
    await page.getByRole('tab', { name: 'Ajustes', selected: true }).waitFor();
    await page.close();
  });
});
