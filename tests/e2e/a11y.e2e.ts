import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs only axe's `region` rule (moderate): content outside every landmark, which landmark navigation skips. */
async function outsideLandmarks(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: ['region'], resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as Violation[];
  return violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core), %s theme', (colorScheme) => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  async function open(path: string) {
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 400, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  }

  it('popup: results, details and the fill-in form', async () => {
    await open('popup.html');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox').fill('trafficking hotline');
    await page.keyboard.press('Shift+Enter');
    await page.locator('.detail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Personalise…' }).click();
    await page.locator('.fill-in').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('popup: its title, search box and chips are in a landmark, like the results and the footer (helper-74 F5)', async () => {
    await open('popup.html');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    expect(await outsideLandmarks(page)).toEqual([]);
    expect(await page.getByRole('banner').getByRole('combobox', { name: 'Search guidance' }).count()).toBe(1);
    await page.close();
  });

  it('side panel: first screen, lock offer, list and backups, editor (every section, tips, index, Undo), settings, lock screen', async () => {
    await open('sidepanel.html');
    // The first screen, before anything else happens.
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '+ New safety plan' }).click();
    await page.getByRole('heading', { name: /Protect plans with a passphrase/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const offer = page.locator('#panel-plans');
    await offer.getByLabel('New passphrase (10 characters or more)').fill('correct horse battery');
    await offer.getByLabel('Type it again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByLabel('Youth’s nickname or initials', { exact: true }).fill('A.B.');
    await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Every section open, a tip unfolded, a row removed (Undo offered), the section index open.
    await page.getByRole('button', { name: 'Open all sections' }).click();
    await page.locator('details.tips summary').first().click();
    await page.getByRole('button', { name: '+ Add a person' }).click();
    await page.getByRole('button', { name: 'Remove row 1 of Trusted people' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.getByRole('button', { name: 'Sections', exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sections', exact: true }).click();
    const [print] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('button', { name: 'Print' }).click()]);
    await print.emulateMedia({ colorScheme });
    await print.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(print)).toEqual([]);
    // Nothing outside a landmark (helper-74 F5: the printed pages had none).
    expect(await outsideLandmarks(print)).toEqual([]);
    await print.goto(print.url().replace('view=plan', 'view=wallet'));
    await print.getByRole('article', { name: 'Wallet card' }).waitFor();
    expect(await seriousViolations(print)).toEqual([]);
    expect(await outsideLandmarks(print)).toEqual([]);
    // A long unbroken number (60 characters may be typed) wraps inside the card's cut line.
    const past = await print.evaluate(() => {
      const card = document.querySelector('.wallet-card') as HTMLElement;
      (card.querySelector('dd') as HTMLElement).textContent = '1'.repeat(60);
      return card.scrollWidth - card.clientWidth;
    });
    expect(past).toBe(0);
    await print.close();
    await page.getByRole('button', { name: '← All plans' }).click();
    await page.getByText('A.B.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Export without encryption…' }).click();
    await page.getByLabel('Passphrase of the lock').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Passphrase lock' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('tab', { name: 'Safety plans' }).click();
    await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Forgot the passphrase?' }).click();
    await page.getByRole('heading', { name: 'Start over without the passphrase' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
  });

  it('side panel: observations log, editor, timeline, court-report note and its warning, checklist, plan chooser; printed checklist', async () => {
    // The test before left the lock on, and locked.
    await open('sidepanel.html');
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByRole('button', { name: 'Unlock' }).click();
    for (const nickname of ['C.D.', 'E.F.']) {
      await page.getByRole('button', { name: '+ New safety plan' }).click();
      await page.getByLabel('Youth’s nickname or initials', { exact: true }).fill(nickname);
      await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
      await page.getByRole('button', { name: '← All plans' }).click();
    }
    // "Note this" from the Guide tab with two plans and none open: which youth?
    await page.getByRole('tab', { name: 'Guide' }).click();
    await page.getByRole('combobox', { name: 'Search guidance' }).fill('excess cash');
    await page.keyboard.press('Alt+KeyN');
    await page.getByRole('heading', { name: /for which youth\?/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'C.D.' }).click();
    await page.getByLabel('What you saw or heard', { exact: true }).fill('She said she was a victim. Bruise on the arm.');
    await page.getByLabel('Date observed', { exact: true }).fill('2099-01-01');
    await page.getByText(/is in the future/).waitFor();
    await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: '+ New observation' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.getByRole('img', { name: /Red flags noted over time/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Court-report note' }).click();
    await page.getByRole('button', { name: 'Choose all' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Copy…' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Go back', exact: true }).click();
    await page.getByRole('button', { name: 'Checklist' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    const [print] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByRole('button', { name: /^Print filled checklist/ }).click(),
    ]);
    await print.emulateMedia({ colorScheme });
    await print.getByRole('heading', { name: 'Red-flag checklist: C.D.' }).waitFor();
    expect(await seriousViolations(print)).toEqual([]);
    expect(await outsideLandmarks(print)).toEqual([]);
    await print.goto(`chrome-extension://${browser.extensionId}/print.html?plan=&view=checklist`);
    await print.getByRole('heading', { name: 'Red-flag checklist' }).waitFor();
    expect(await seriousViolations(print)).toEqual([]);
    expect(await outsideLandmarks(print)).toEqual([]);
    await print.close();
    await page.close();
  });
});

describe('what a screen reader reads, from Chromium’s accessibility tree', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('helper-60: a file picker’s words are read once, as its button, not first as text and then again', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    const said = async (scope: string, words: string) =>
      (await page.locator(scope).ariaSnapshot())
        .split('\n')
        .filter((line) => line.includes(words))
        .map((line) => line.trim());
    expect(await said('#panel-plans', 'Import a backup…')).toEqual(['- button "Import a backup…"']);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.locator('.program-settings').waitFor();
    expect(await said('.program-settings', 'Load a resource pack…')).toEqual(['- button "Load a resource pack…"']);
    await page.close();
  });
});
