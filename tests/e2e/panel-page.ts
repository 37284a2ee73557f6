import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures.ts';

/** The side panel page (opened in a tab: same page, same code), driven like a user would. */
export class PanelPage {
  readonly page: Page;
  readonly errors: string[] = [];

  constructor(page: Page) {
    this.page = page;
    page.on('console', (m) => m.type() === 'error' && this.errors.push(m.text()));
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(browser: ExtensionBrowser, planId?: string): Promise<PanelPage> {
    const panel = new PanelPage(await browser.context.newPage());
    await panel.page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${planId ? `#plan=${planId}` : ''}`);
    await panel.page.getByRole('tab', { name: 'Safety plans' }).waitFor();
    // The first time, the panel offers the passphrase lock; these tests skip it.
    const skip = panel.page.getByRole('button', { name: 'Skip for now' });
    const ready = planId ? panel.field('Things that help me cope') : panel.page.getByRole('button', { name: '+ New safety plan' });
    await skip.or(ready).first().waitFor();
    if (await skip.isVisible()) await skip.click();
    await ready.waitFor();
    return panel;
  }

  /** The panel opened straight on one observation of a plan (#plan=…&observation=…). */
  static async openObservation(browser: ExtensionBrowser, planId: string, observationId: string): Promise<PanelPage> {
    const panel = new PanelPage(await browser.context.newPage());
    await panel.page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html#plan=${planId}&observation=${observationId}`);
    await panel.field('What you saw or heard').waitFor();
    return panel;
  }

  /**
   * Creates an observation in the open plan (with the editor's Observations button) and returns
   * its id and its plan's, read from the filled checklist's print address: the UI's own link.
   */
  async createObservation(browser: ExtensionBrowser): Promise<{ planId: string; observationId: string }> {
    await this.page.getByRole('button', { name: 'Observations' }).click();
    await this.page.getByRole('button', { name: '+ New observation' }).click();
    await this.field('What you saw or heard').waitFor();
    await this.page.getByRole('button', { name: 'Done' }).click();
    await this.page.getByRole('button', { name: 'Checklist' }).click();
    await this.page.getByRole('button', { name: 'Choose all' }).click();
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      this.page.getByRole('button', { name: /^Print filled checklist/ }).click(),
    ]);
    await tab.waitForLoadState();
    const url = new URL(tab.url());
    await tab.close();
    return { planId: url.searchParams.get('plan') ?? '', observationId: url.searchParams.get('obs') ?? '' };
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  status() {
    return this.page.locator('.save-status').innerText();
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
  }

  /** Creates a plan from the list and returns its id (read from the store through the UI's own link). */
  async createPlan(nickname: string): Promise<void> {
    await this.page.getByRole('button', { name: '+ New safety plan' }).click();
    await this.field('Youth’s nickname or initials').fill(nickname);
    await this.waitSaved();
  }
}
