import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures';

/** The popup, driven the way an advocate uses it: by typing and by keys. */
export class PopupPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  readonly errors: string[] = [];

  private constructor(page: Page) {
    this.page = page;
    page.on('console', (m) => m.type() === 'error' && this.errors.push(m.text()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(browser: ExtensionBrowser): Promise<PopupPage> {
    const page = await browser.context.newPage();
    const popup = new PopupPage(page);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.input.waitFor();
    // Hydrated: the app has taken over the prerendered HTML.
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    return popup;
  }

  get input() {
    return this.page.getByRole('combobox', { name: 'Search guidance' });
  }

  async search(query: string): Promise<void> {
    await this.input.fill(query);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /**
   * Titles of the options in the listbox, in order. Read as text content: a title cut with "…"
   * or out of view still counts whole.
   */
  async resultTitles(): Promise<string[]> {
    return this.page.locator('[role=option] .option-title').allTextContents();
  }

  /** The title of the option that aria-activedescendant points at. */
  async activeTitle(): Promise<string> {
    const id = await this.input.getAttribute('aria-activedescendant');
    return (await this.page.locator(`[id="${id}"] .option-title`).textContent()) ?? '';
  }

  async status(): Promise<string> {
    return this.page.getByRole('status').innerText();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
