import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage, setUpLock } from './panel-page.ts';

const PASSPHRASE = 'back where i was';

/**
 * Keyboard only, in real Chromium (helper-58, helper-56): Lock now shows the lock screen with
 * the passphrase field focused (not the auto-lock dropdown, where an arrow key changed the
 * time), and Unlock or Show after Hide come back to the list with the plan that was open
 * focused — one Enter from where the advocate was (the list, not the plan, is what a lock
 * leaves on screen). Its own browser: it turns the lock on.
 */
describe('locking and hiding keep the advocate’s place', () => {
  let browser: ExtensionBrowser;
  let panel: PanelPage;
  const focused = () =>
    panel.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'BODY';
      if (el instanceof HTMLInputElement) return `input:${el.type}`;
      return `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
    });
  const planHeading = (name: string) => panel.page.locator('.editor-head').getByRole('heading', { name, exact: true });
  /** The list is back, the plan that was open has the focus, and Enter opens it again. */
  const backToPlan = async (name: string) => {
    await panel.page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    await expect
      .poll(() => panel.page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''), { timeout: 5_000 })
      .toContain(name);
    await panel.page.keyboard.press('Enter');
    await planHeading(name).waitFor();
    await expect.poll(focused, { timeout: 5_000 }).toBe(`h2:${name}`);
  };

  beforeAll(async () => {
    browser = await launchExtension();
    panel = await PanelPage.open(browser);
  });
  afterAll(async () => browser?.close());

  it('Show after Hide, without a lock, comes back to the plan that was open, one Enter away', async () => {
    const page = panel.page;
    await panel.createPlan('Ana');
    await page.getByRole('button', { name: '← All plans' }).click();
    await panel.createPlan('Other');
    await page.getByRole('button', { name: '← All plans' }).click();
    // Ana, second in the list (Other changed last), is the plan open when Hide is pressed.
    await page.getByRole('listitem').filter({ hasText: 'Ana' }).getByRole('button').first().click();
    await planHeading('Ana').waitFor();
    await page.getByRole('button', { name: /^Hide/ }).click();
    await page.getByRole('button', { name: 'Show' }).focus();
    await page.keyboard.press('Enter');
    await backToPlan('Ana');
  });

  it('Lock now goes to the lock screen, its passphrase focused; Unlock and Show come back to the plan, one Enter away', async () => {
    const page = panel.page;
    await setUpLock(page, PASSPHRASE);
    await planHeading('Ana').waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.locator('#panel-settings').getByRole('button', { name: 'Lock now' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Safety plans' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(focused, { timeout: 5_000 }).toBe('input:password');
    // What is typed next goes to the passphrase, never to the auto-lock time.
    const autoLock = await page.locator('#auto-lock').inputValue();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#auto-lock').inputValue()).toBe(autoLock);

    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await backToPlan('Ana');

    await page.getByRole('button', { name: /^Hide/ }).click();
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await backToPlan('Ana');

    expect(panel.errors).toEqual([]);
  });

  it('Hide leaves the focus on Show (not the blank page), and Shift ×3 can be turned off for a screen reader that uses Shift (helper-60)', async () => {
    const page = panel.page;
    await page.getByRole('button', { name: /^Hide/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 5_000 }).toBe('button:Show');
    await page.keyboard.press('Enter');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();

    await page.getByRole('tab', { name: 'Settings' }).click();
    const setting = page.getByRole('checkbox', { name: 'Hide when Shift is pressed three times' });
    expect(await setting.isChecked()).toBe(true);
    await setting.uncheck();
    // NVDA pauses and resumes speech with Shift: three presses now hide nothing.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(await page.getByRole('button', { name: 'Show' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Quick hide' }).waitFor();
    // Kept: a panel opened afterwards reads it too; the Hide button still hides.
    const other = await PanelPage.open(browser);
    await other.page.getByRole('tab', { name: 'Settings' }).click();
    expect(await other.page.getByRole('checkbox', { name: 'Hide when Shift is pressed three times' }).isChecked()).toBe(false);
    await other.page.close();
    await setting.check();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.getByRole('button', { name: 'Show' }).waitFor();
    expect(panel.errors).toEqual([]);
  });

  it('a lock that comes mid-sentence (Lock now in another panel) takes neither the rest of the sentence nor its Enter as a passphrase (helper-70)', async () => {
    const page = panel.page;
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('tab', { name: 'Safety plans' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('listitem').filter({ hasText: 'Ana' }).getByRole('button').first().click();
    await planHeading('Ana').waitFor();
    await panel.field('Who helped make it').fill('The CSW');
    await panel.waitSaved();
    await panel.field('Who helped make it').focus();
    const other = await PanelPage.open(browser);
    await other.page.getByRole('tab', { name: 'Settings' }).click();
    await other.page.locator('#panel-settings').getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
    // The advocate, still typing, ends the line.
    await page.keyboard.type(' and the youth');
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.lock-note').textContent()).toContain(
      'Plans locked while you were typing. What you typed before the lock is saved',
    );
    await page.keyboard.press('Tab');
    await expect.poll(focused, { timeout: 5_000 }).toBe('input:password');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '+ New safety plan' }).waitFor();
    await other.page.close();
    expect(panel.errors).toEqual([]);
  });

  it('Shift ×3 in the middle of a sentence: the rest of it (its Spaces, its Enter) does not press Show; a key after a pause does (helper-70 F11)', async () => {
    const page = panel.page;
    await page.getByRole('listitem').filter({ hasText: 'Ana' }).getByRole('button').first().click();
    await planHeading('Ana').waitFor();
    await panel.field('Who helped make it').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' and her');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(focused, { timeout: 5_000 }).toBe('button:Show');
    // Whoever came near is still there; the advocate finishes the line.
    await page.keyboard.type(' therapist');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' next week ');
    await page.waitForTimeout(300);
    expect(await page.getByRole('button', { name: 'Show' }).count()).toBe(1);
    expect(await page.getByLabel('Passphrase', { exact: true }).count()).toBe(0);
    // A key pressed after a pause is meant: Show (here, the lock screen: the lock is on).
    await page.waitForTimeout(1_700);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
    expect(await page.getByLabel('Passphrase', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await backToPlan('Ana');
    expect(await panel.field('Who helped make it').inputValue()).toBe('The CSW and her');
    expect(panel.errors).toEqual([]);
  });
});
