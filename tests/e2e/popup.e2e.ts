import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PopupPage } from './popup-page.ts';

const NHTH_MESSAGE =
  'National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733.';

describe('popup in real Chromium', () => {
  let browser: ExtensionBrowser;
  let popup: PopupPage | undefined;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterEach(async () => {
    // Every test also proves the page logged no error (hydration mismatches included).
    expect(popup?.errors ?? []).toEqual([]);
    await popup?.page.close();
    popup = undefined;
  });
  afterAll(async () => browser?.close());

  it('opens with the search box focused and the hotlines listed', async () => {
    popup = await PopupPage.open(browser);
    await expect.poll(() => popup!.input.evaluate((el) => el === document.activeElement)).toBe(true);
    const titles = await popup.resultTitles();
    // "When it can't wait" first (one Enter opens it), then the hotlines.
    expect(titles[0]).toBe('When it can’t wait');
    expect(titles[1]).toBe('National Human Trafficking Hotline');
    expect(titles).toContain('National Runaway Safeline');
    expect(await popup.page.locator('footer').innerText()).toContain('Alt+Shift+G');
  });

  it('has one h1 naming it and a main landmark holding the results, then the open entry (helper-60 F11)', async () => {
    popup = await PopupPage.open(browser);
    const page = popup.page;
    expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toHaveLength(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('CSEC Guide');
    const main = page.getByRole('main');
    expect(await main.count()).toBe(1);
    expect(await main.getAttribute('aria-label')).toBe('Results');
    expect(await main.getByRole('option').count()).toBeGreaterThan(3);
    await popup.input.fill('excess cash');
    await popup.input.press('Shift+Enter');
    await expect.poll(() => main.getAttribute('aria-label')).toBe('Entry');
    expect(await page.getByRole('region', { name: 'Entry' }).count()).toBe(0);
  });

  it('copies the highlighted result with Enter, after moving with the arrows', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('traficking hotlne');
    await expect.poll(() => popup!.activeTitle()).toBe('National Human Trafficking Hotline');
    // The first Enter copies the whole message: no form stands in the way.
    await popup.press('Enter');
    await expect.poll(() => popup!.clipboard()).toBe(NHTH_MESSAGE);
    expect(await popup.status()).toContain('Copied');

    await popup.press('Escape');
    await popup.search('red flags');
    await popup.page.getByRole('group', { name: /results$/ }).waitFor();
    const second = (await popup.resultTitles())[1];
    expect(second).toBeTruthy();
    await popup.press('ArrowDown');
    expect(await popup.activeTitle()).toBe(second);
    await popup.press('Enter');
    await expect.poll(() => popup!.clipboard()).toContain(second);
  });

  it('copies a phrasing with Enter; personalising with a first name is a second step that keeps nothing', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('what led you to leave');
    await popup.press('Enter');
    await expect.poll(() => popup!.clipboard()).toBe('What led you to leave placement?');
    await popup.press('Shift+Enter');
    await popup.page.getByRole('button', { name: 'Personalise…' }).click();
    await popup.page.keyboard.type('Ana');
    await popup.press('Enter');
    await expect.poll(() => popup!.clipboard()).toBe('Ana, what led you to leave placement?');
    const stored = await popup.page.evaluate(async () =>
      JSON.stringify(
        await (globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }).chrome.storage.local.get(),
      ),
    );
    expect(stored).not.toContain('Ana');
  });

  it('keeps what was typed before the app finished loading', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.keyboard.type('runaway');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await expect.poll(() => page.locator('[role=option] .option-title').first().textContent()).toBe('National Runaway Safeline');
    expect(await page.getByRole('combobox').inputValue()).toBe('runaway');
    await page.close();
  });

  it('does not move the search box or resize the list while typing', async () => {
    popup = await PopupPage.open(browser);
    const before = await popup.input.boundingBox();
    const paneBefore = await popup.page.locator('.pane').boundingBox();
    for (const q of ['r', 'ru', 'runaway', 'zzzz', '']) {
      await popup.search(q);
      expect(await popup.input.boundingBox()).toEqual(before);
      expect(await popup.page.locator('.pane').boundingBox()).toEqual(paneBefore);
    }
  });

  it('remembers pins after the popup closes', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('cash');
    await popup.press('Shift+Enter');
    await popup.page.getByRole('button', { name: '☆ Pin' }).click();
    await popup.page.getByRole('button', { name: '★ Pinned' }).waitFor();
    await popup.page.close();

    popup = await PopupPage.open(browser);
    await popup.page.getByRole('group', { name: 'Pinned' }).waitFor();
    expect(await popup.resultTitles()).toContain('Excess cash in their possession');
  });

  it('shows the source and the correction in the detail view', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('dating abuse');
    await popup.press('Shift+Enter');
    const detail = popup.page.locator('.detail');
    await expect.poll(() => detail.innerText()).toContain('1-866-331-9474');
    expect(await detail.innerText()).toContain('Older handouts list 1-866-331-9473');
    expect(await detail.innerText()).toContain('loveisrespect.org, checked 2026-11-29');
    // The keys the footer names work in the entry too: Enter copies its message, Alt+Enter the Spanish.
    const status = popup.page.getByRole('status');
    await popup.press('Enter');
    await expect.poll(() => status.innerText()).toMatch(/^Copied: love is respect/);
    expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toContain('1-866-331-9474');
    await popup.press('Alt+Enter');
    await expect.poll(() => status.innerText()).toMatch(/Spanish/);
    expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toMatch(/llama|envía|textea/i);
    await popup.press('Escape');
    await popup.page.getByRole('listbox').waitFor();
  });

  it('handles a huge paste, emoji and regex characters without breaking', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('hotline '.repeat(625));
    await popup.page.getByText(/Only the first 160 characters are searched for words/).waitFor();
    await popup.search('💜(.*)+[');
    await popup.page.getByText(/No matches for/).waitFor();
    // Still one keystroke from the card, two from the trafficking hotline's message.
    await popup.press('Enter');
    await popup.page.getByRole('heading', { name: 'When it can’t wait', level: 2 }).waitFor();
    await popup.press('Escape');
    await popup.press('ArrowDown');
    await popup.press('Enter');
    await expect.poll(() => popup!.clipboard()).toBe(NHTH_MESSAGE);
  });

  it('keeps a long program name on one line: the footer never widens the popup (helper-71 #11)', async () => {
    const name = 'CASA'.repeat(20);
    const first = await PopupPage.open(browser);
    // The program as the background keeps it (storage.local "program"), named as a policy may name it.
    await first.page.evaluate(
      (programName) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
          program: {
            from: 'packs',
            skipped: [],
            settings: { programName, resources: [], hiddenIds: [], requireLock: false, allowPlainExport: true },
          },
        }),
      name,
    );
    await first.page.close();
    popup = await PopupPage.open(browser);
    const footerName = popup.page.locator('footer .program-name');
    await expect.poll(() => footerName.textContent()).toBe(name);
    const fits = await popup.page.evaluate(() => {
      const footer = document.querySelector('footer')!;
      const name = footer.querySelector('.program-name')!;
      return {
        page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        // Nothing drawn past the footer's edge, and the name one line high.
        footer: footer.scrollWidth <= footer.clientWidth,
        oneLine: name.getBoundingClientRect().height < 30,
      };
    });
    expect(fits).toEqual({ page: true, footer: true, oneLine: true });
    // Cut short on screen, whole where the pointer rests.
    expect(await footerName.getAttribute('title')).toBe(name);
    await popup.page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove(
        'program',
      ),
    );
  });

  it('draws the first row whole when a situation is typed fast, zoomed or not (helper-73: an empty 12-px bar)', async () => {
    const heights: number[] = [];
    // 400 × 300 CSS px is the 400 × 600 popup at 200% zoom.
    for (const height of [300, 600]) {
      for (const query of ['she ran away', 'se escapó', 'how to report']) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 400, height });
        await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
        await page.keyboard.type(query);
        await page.waitForTimeout(600);
        heights.push(
          await page
            .locator('[role=option]')
            .first()
            .evaluate((row) => row.getBoundingClientRect().height),
        );
        await page.close();
      }
    }
    // A row holds its title and its key line: never less than two lines of text.
    expect(heights.filter((h) => h < 36)).toEqual([]);
  });

  it('reads what dictation writes on a phone: “sue side thoughts” leads with the 988 steps', async () => {
    popup = await PopupPage.open(browser);
    await popup.search('sue side thoughts what number do we call');
    await expect.poll(async () => (await popup!.resultTitles())[0]).toMatch(/suicide/i);
    expect((await popup.resultTitles())[0]).toMatch(/988/);
  });
});
