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

  /**
   * The panel in a new tab; with `planId`, on that plan with every section open, or only the
   * section titled `section` (less to draw where a test reads one field, many times).
   */
  static async open(browser: ExtensionBrowser, planId?: string, { section }: { section?: string } = {}): Promise<PanelPage> {
    const panel = new PanelPage(await browser.context.newPage());
    await panel.page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${planId ? `#plan=${planId}` : ''}`);
    await panel.page.getByRole('tab', { name: 'Safety plans' }).waitFor();
    await (
      planId ? panel.page.getByRole('button', { name: '← All plans' }) : panel.page.getByRole('button', { name: '+ New safety plan' })
    ).waitFor();
    // A plan opened by its link: every section open, for the tests that read its fields.
    if (planId && section) await panel.openSection(section);
    else if (planId) await panel.expandAll();
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
    // A blank observation is not kept (closing it discards it): record what was seen.
    await this.field('What you saw or heard').fill('Seen at the visit.');
    await this.waitSaved();
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

  /** Opens every section of the plan editor (they start closed). */
  async expandAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open all sections' }).click();
  }

  /** Opens one section of the plan editor by its title, if it is closed. */
  async openSection(title: string): Promise<void> {
    const heading = this.page.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}\\b`) });
    if ((await heading.getAttribute('aria-expanded')) === 'false') await heading.click();
  }

  /** “New safety plan”; the first time, the passphrase lock is offered, and these tests skip it. */
  async newPlan(): Promise<void> {
    await this.page.getByRole('button', { name: '+ New safety plan' }).click();
    const skip = this.page.getByRole('button', { name: 'Skip for now' });
    const nickname = this.field('Youth’s nickname or initials');
    await skip.or(nickname).first().waitFor();
    if (await skip.isVisible()) await skip.click();
    await nickname.waitFor();
  }

  /** Creates a plan from the list and fills in its nickname. */
  async createPlan(nickname: string): Promise<void> {
    await this.newPlan();
    await this.field('Youth’s nickname or initials').fill(nickname);
    await this.waitSaved();
  }
}

/** Turns the lock on from Settings with `passphrase`, then goes back to the plans. */
export async function setUpLock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('tab', { name: 'Settings' }).click();
  const form = page.locator('#panel-settings form.set-up-lock');
  await form.getByLabel('New passphrase (10 characters or more)').fill(passphrase);
  await form.getByLabel('Type it again').fill(passphrase);
  await form.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.locator('#panel-settings').getByRole('button', { name: 'Lock now' }).waitFor();
  await page.getByRole('tab', { name: 'Safety plans' }).click();
}
