import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithLoopbackAccess, launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { startFixtureServer } from './fixture-server.ts';
import { canWritePolicy, EXAMPLE_POLICY, unpackedExtensionId, writeChromiumPolicy } from './policy.ts';

/**
 * A CASA program's settings pushed through real enterprise policy: Debian's Chromium reads
 * /etc/chromium/policies/managed/*.json, and the extension reads it with storage.managed.
 */
describe.skipIf(!canWritePolicy)('program settings through browser policy (Chromium)', () => {
  let build: string;
  let browser: ExtensionBrowser;
  let removePolicy: () => void = () => {};
  let server: Awaited<ReturnType<typeof startFixtureServer>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    build = await buildWithLoopbackAccess();
    removePolicy = writeChromiumPolicy(build, EXAMPLE_POLICY);
    browser = await launchExtension(build);
    expect(browser.extensionId).toBe(unpackedExtensionId(build));
  });
  afterAll(async () => {
    removePolicy();
    await browser?.close();
    await server?.close();
  });

  async function openPopup() {
    const page = await browser.openPage('popup.html');
    await page.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    // Chromium loads policy a moment after it starts; the background then checks it.
    await page.waitForFunction(() => document.querySelector('footer')?.textContent?.includes('CASA of Example County'), undefined, {
      timeout: 15_000,
    });
    return page;
  }

  it('finds the program’s own line, marked as from the program, and lists it with the hotlines', async () => {
    const page = await openPopup();
    await expect
      .poll(() => page.locator('[role=option] .option-title').allTextContents())
      .toContain('Example County CASA supervisors’ line');
    await page.getByRole('combobox').fill('supervisor number');
    const first = page.locator('[role=option]').first();
    await expect.poll(() => first.innerText()).toMatch(/Example County CASA supervisors’ line[\s\S]*From your program/);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Example County CASA supervisors’ line.*323-555-0100/);
    await page.close();
  });

  it('hides the entry the program hid, and keeps everything else', async () => {
    const page = await openPopup();
    await page.getByRole('combobox').fill('clcht');
    await page.waitForTimeout(200);
    expect(await page.locator('[role=option] .option-title').allTextContents()).not.toContain('CLCHT monthly call');
    await page.getByRole('combobox').fill('rainn');
    await expect
      .poll(() => page.locator('[role=option] .option-title').first().textContent())
      .toBe('RAINN National Sexual Assault Hotline');
    await page.close();
  });

  it('inserts the program’s line into a page like any other', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/plain-form.html`);
    await page.locator('#notes').focus();
    await page.locator('#notes').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
    const popup = await browser.openActionPopup();
    await popup.waitForFunction(() => document.querySelector('footer')?.textContent?.includes('CASA of Example County'), undefined, {
      timeout: 15_000,
    });
    await popup.getByRole('combobox').fill('supervisor number');
    await expect
      .poll(() => popup.locator('[role=option] .option-title').first().textContent())
      .toBe('Example County CASA supervisors’ line');
    await popup.keyboard.press('Control+Enter').catch(() => {});
    await expect.poll(() => page.locator('#notes').inputValue()).toContain('323-555-0100');
  });

  // Before the next test turns the lock on: with a lock, creating a plan is allowed.
  it('requires the passphrase lock: the background refuses a first plan without one, even from the panel itself', async () => {
    const page = await browser.openPage('sidepanel.html');
    const answer = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          type Port = {
            postMessage(m: unknown): void;
            onMessage: { addListener(cb: (m: { kind: string; ok: boolean; message?: string }) => void): void };
          };
          const runtime = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime;
          const port = runtime.connect({ name: 'plans' });
          port.onMessage.addListener((m) => m.kind === 'response' && resolve(m.ok ? 'created' : (m.message ?? '')));
          port.postMessage({ kind: 'request', seq: 1, method: 'create', args: { id: 'policy-test-plan' } });
        }),
    );
    expect(answer).toMatch(/requires a passphrase lock/);
    await page.close();
  });

  it('names the program in the panel and on printed plans, and asks for the passphrase before the first plan with no way around it; then only encrypted backups, a lock that stays on, auto-lock within the program’s limit', async () => {
    const page = await browser.openPage('sidepanel.html');
    await expect.poll(() => page.locator('.program-name').textContent(), { timeout: 15_000 }).toBe('CASA of Example County');
    await page.getByRole('button', { name: '+ New safety plan' }).click();
    await page.getByRole('heading', { name: 'Set a passphrase for your plans' }).waitFor();
    expect(await page.getByRole('button', { name: 'Skip for now' }).count()).toBe(0);
    await page.getByLabel('New passphrase (10 characters or more)').fill('correct horse battery');
    await page.getByLabel('Type it again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    const nickname = page.getByLabel('Youth’s nickname or initials');
    await nickname.fill('Policy plan');
    await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    const [print] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('button', { name: 'Print' }).click()]);
    await print.getByText('Policy plan').first().waitFor();
    expect(await print.locator('.print-program').innerText()).toBe('CASA of Example County');
    await print.close();

    // Backups only encrypted; the lock cannot be turned off; auto-lock no longer than the program allows.
    await page.getByRole('button', { name: '← All plans' }).click();
    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('heading', { name: 'Encrypted backup' }).waitFor();
    expect(await page.getByRole('button', { name: 'Export without encryption…' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByText('Your CASA program requires the passphrase lock, so it cannot be turned off.').waitFor();
    expect(await page.getByRole('button', { name: 'Turn off the lock' }).count()).toBe(0);
    expect(await page.locator('#auto-lock option').allInnerTexts()).toEqual(['5 minutes', '15 minutes']);
    await page.close();
  });

  it('says what it skipped in the interface’s language, and again when the language changes (helper-71 #2)', async () => {
    const page = await browser.openPage('sidepanel.html');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByText('1 part was not used. The rest applies.').click();
    await page.getByText('Local resource “broken-line”: the number “not a number” is not a phone number').waitFor();
    await page.getByLabel('Interface language').selectOption('es');
    await page.getByRole('tab', { name: 'Ajustes' }).waitFor();
    await page.getByText('1 parte no se usó. El resto se aplica.').click();
    await page.getByText('Recurso local “broken-line”: el número “not a number” no es un número de teléfono').waitFor({ timeout: 10_000 });
    await page.getByLabel('Idioma de la interfaz').selectOption('auto');
    await page.getByRole('tab', { name: 'Settings' }).waitFor();
    await page.close();
  });
});
