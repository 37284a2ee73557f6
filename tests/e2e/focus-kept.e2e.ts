import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage } from './panel-page.ts';

const PASSPHRASE = 'kept focus passphrase';

/**
 * Keyboard only, in real Chromium (helper-49 #3): when what had the focus goes away — the
 * lock screen after Lock now, the plans after Unlock, Show after a quick hide, a deleted
 * plan — the focus lands in the open tab, never on the page's body. Its own browser: it turns
 * the lock on.
 */
describe('the focus is never lost to the page', () => {
  let browser: ExtensionBrowser;
  let panel: PanelPage;
  const focused = () =>
    panel.page.evaluate(() => {
      const el = document.activeElement;
      return el === document.body || !el
        ? 'BODY'
        : `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
    });
  const notOnBody = () => expect.poll(focused, { timeout: 5_000 }).not.toBe('BODY');

  beforeAll(async () => {
    browser = await launchExtension();
    panel = await PanelPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('a deleted plan, Lock now, Unlock and Show each leave the focus in the panel', async () => {
    const page = panel.page;
    for (const name of ['Stays', 'Goes']) {
      await page.getByRole('button', { name: '+ New safety plan' }).click();
      const skip = page.getByRole('button', { name: 'Skip for now' });
      if (await skip.isVisible().catch(() => false)) await skip.click();
      await page.locator('#field-nickname').fill(name);
      await panel.waitSaved();
      await page.getByRole('button', { name: '← All plans' }).click();
    }
    const item = page.getByRole('listitem').filter({ hasText: 'Goes' });
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await item.waitFor({ state: 'detached' });
    await notOnBody();

    await page.getByRole('tab', { name: 'Settings' }).click();
    const setUp = page.locator('form.set-up-lock');
    await setUp.getByLabel('New passphrase (10 characters or more)').fill(PASSPHRASE);
    await setUp.getByLabel('Type it again').fill(PASSPHRASE);
    await setUp.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByRole('button', { name: 'Lock now' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lock now' }).waitFor({ state: 'detached' });
    await notOnBody();

    await page.getByRole('tab', { name: 'Safety plans' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    await notOnBody();

    await page.getByRole('button', { name: /^Hide/ }).click();
    await page.getByRole('button', { name: 'Show' }).focus();
    await page.keyboard.press('Enter');
    // Hide locks the plans: the passphrase field takes what is typed next.
    await expect.poll(focused, { timeout: 5_000 }).toBe('input:');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    expect(panel.errors).toEqual([]);
  });
});
