import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupWithObservations, observationRecord, planRecord } from './backup-file.ts';
import { buildWithLoopbackAccess, launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { startFixtureServer } from './fixture-server.ts';
import { PanelPage, setUpLock } from './panel-page.ts';

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** In the toolbar popup: finds “Excess cash in their possession” and presses Alt+N (Note this). */
async function noteExcessCashFromPopup(browser: ExtensionBrowser): Promise<void> {
  const popup = await browser.openActionPopup();
  await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
  await popup.getByRole('combobox', { name: 'Search guidance' }).fill('excess cash');
  await popup.locator('[role=option].active', { hasText: 'Excess cash in their possession' }).waitFor();
  const closed = popup.waitForEvent('close', { timeout: 10_000 });
  // The popup closes once the panel is open: the key press may not get its answer.
  await popup.keyboard.press('Alt+KeyN').catch(() => {});
  await closed;
}

describe('observations, from a red flag noticed to a note in the case system (real Chromium)', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchExtension(await buildWithLoopbackAccess());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('notes a red flag from the popup (Alt+N), sees it in the panel, writes the note and inserts it into a case page', async () => {
    const setup = await PanelPage.open(browser);
    await setup.createPlan('J.D.');
    await setup.page.close();

    const casePage = await browser.context.newPage();
    await casePage.goto(`${server.origin}/plain-form.html`);
    await casePage.locator('#notes').focus();
    await casePage.locator('#notes').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));

    await noteExcessCashFromPopup(browser);

    const panel = new PanelPage(await browser.remotePage('/sidepanel.html'));
    const flag = panel.page.getByRole('checkbox', { name: /Excess cash in their possession/ });
    // Once failed on CI only (not reproduced under load here): if it does again, say what the panel showed.
    await flag.waitFor().catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe panel showed: ${await panel.page.locator('body').innerText()}`);
    });
    expect(await flag.isChecked()).toBe(true);
    await panel.page.getByRole('heading', { name: 'Observations: J.D.' }).waitFor();
    await panel.field('What you saw or heard').fill('Had a roll of bills and would not say where it came from.');
    await panel.waitSaved();
    await panel.page.getByRole('button', { name: 'Done' }).click();
    await panel.page.getByRole('button', { name: 'Court-report note' }).click();
    await panel.page.getByRole('button', { name: 'Choose all' }).click();
    const note = await panel.page.getByLabel('The note').innerText();
    expect(note).toMatch(
      /^On \w+ \d+, \d{4}, the CASA observed: Had a roll of bills and would not say where it came from\. This included a large amount of cash\.$/,
    );
    await panel.page.getByRole('button', { name: 'Insert into page' }).click();
    await panel.page.getByText('Inserted into the page.').waitFor();
    expect(await casePage.locator('#notes').inputValue()).toBe(`Called CSW today.${note}`);
    expect(panel.errors).toEqual([]);
  });

  it('a panel tab opened to note a flag (#note=…) notes it once: reloading the tab does not note it again', async () => {
    const own = await launchExtension();
    try {
      const setup = await PanelPage.open(own);
      await setup.createPlan('R.');
      await setup.page.close();
      const panel = new PanelPage(await own.context.newPage());
      await panel.page.goto(`chrome-extension://${own.extensionId}/sidepanel.html#note=red-flag-injuries`);
      await panel.page.getByRole('checkbox', { name: /Injuries or signs of physical abuse/, checked: true }).waitFor();
      await panel.field('What you saw or heard').fill('A bruise on her arm.');
      await panel.waitSaved();
      expect(panel.page.url()).not.toContain('#note');
      await panel.page.reload();
      await panel.page.getByRole('button', { name: 'R.' }).first().click();
      await panel.page.getByRole('button', { name: 'Observations' }).click();
      await panel.page.getByRole('heading', { name: 'Log (1)' }).waitFor();
      await panel.page.waitForTimeout(300);
      expect(await panel.page.getByRole('heading', { name: /^Log \(/ }).innerText()).toBe('Log (1)');
      expect(panel.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('one “Note this” from the popup makes one observation, however many side panels are open', async () => {
    const own = await launchExtension();
    try {
      const setup = await PanelPage.open(own);
      await setup.createPlan('T.');
      await setup.page.getByRole('button', { name: '← All plans' }).click();
      const second = await PanelPage.open(own);
      await noteExcessCashFromPopup(own);
      // Three panels heard it (two tabs and the side panel the popup opened): one of them notes it.
      await own.remotePage('/sidepanel.html');
      await setup.page.waitForTimeout(1500);
      const check = await PanelPage.open(own);
      await check.page.getByRole('button', { name: 'T.' }).first().click();
      await check.page.getByRole('button', { name: 'Observations' }).click();
      await check.page.getByRole('heading', { name: /^Log \(\d+\)$/ }).waitFor();
      expect(await check.page.getByRole('heading', { name: /^Log \(/ }).innerText()).toBe('Log (1)');
      expect([...setup.errors, ...second.errors, ...check.errors]).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('a “Note this” while the plans are locked is named on the lock screen, ticked after the unlock, and not named again at the next lock (helper-56)', async () => {
    const own = await launchExtension();
    const passphrase = 'correct horse battery';
    try {
      const setup = await PanelPage.open(own);
      await setup.createPlan('L.');
      const page = setup.page;
      await setUpLock(page, passphrase);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.locator('#panel-settings').getByRole('button', { name: 'Lock now' }).click();
      await page.getByRole('tab', { name: 'Safety plans' }).click();
      await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();

      await noteExcessCashFromPopup(own);
      // The panel already open on the lock screen says what waits, as the one the popup opened does.
      const waiting = page
        .getByRole('status')
        .filter({ hasText: 'Unlock to note “Excess cash in their possession”: it will be ticked for you.' });
      await waiting.waitFor();
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('checkbox', { name: /Excess cash in their possession/, checked: true }).waitFor();
      await page.getByRole('heading', { name: 'Observations: L.' }).waitFor();

      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.locator('#panel-settings').getByRole('button', { name: 'Lock now' }).click();
      await page.getByRole('tab', { name: 'Safety plans' }).click();
      await page.getByRole('heading', { name: 'Safety plans are locked' }).waitFor();
      expect(await page.locator('.lock-screen').innerText()).not.toContain('Unlock to note');
      expect(setup.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('a click anywhere on a log entry opens it, its excerpt too; keyboard and screen reader still meet one button (helper-69)', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Whole entry');
    await panel.page.getByRole('button', { name: 'Observations' }).click();
    await panel.page.getByRole('button', { name: '+ New observation' }).click();
    await panel.field('What you saw or heard').fill('Came back with new nails and a phone she would not explain.');
    await panel.waitSaved();
    await panel.page.getByRole('button', { name: 'Done' }).click();
    const excerpt = panel.page.locator('.observation-preview', { hasText: 'new nails' });
    const box = (await excerpt.boundingBox())!;
    // Where a user clicks: the middle of the excerpt, below the date line.
    await panel.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await panel.field('What you saw or heard').inputValue()).toBe('Came back with new nails and a phone she would not explain.');
    await panel.page.getByRole('button', { name: 'Done' }).click();
    // One button per entry, named by its date and flags, not by the excerpt.
    const open = panel.page.locator('.observation-open');
    expect(await open.count()).toBe(1);
    expect(await open.textContent()).not.toContain('new nails');
    await panel.page.close();
  });

  it('a youth with 200 observations: the log and the timeline hold every entry, and one far down, reached by Tab, is drawn and in view', async () => {
    // A browser of its own: the tests before it leave the plans locked.
    const own = await launchExtension();
    try {
      const COUNT = 200;
      const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + (COUNT - i) * 86_400_000).toISOString().slice(0, 10);
      const observations = Array.from({ length: COUNT }, (_, i) =>
        observationRecord(`log-${i}`, 'long-log', {
          observedOn: day(i),
          // One pasted without spaces (a link, a case number run together) must not widen the panel.
          seen:
            i === 3
              ? `Entry 3: ${'Averylongwordwithoutspaces'.repeat(12)}`
              : `Entry ${i}: came back late from the visit, quiet, with a new phone.`,
        }),
      );
      const seed = await PanelPage.open(own);
      await seed.page.locator('#panel-plans input[type=file]').setInputFiles({
        name: 'long-log.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backupWithObservations([planRecord('long-log', { nickname: 'Long log' })], observations)),
      });
      await seed.page.getByRole('button', { name: 'Skip for now' }).click();
      await seed.page.getByText('Imported: 1 new', { exact: false }).waitFor();
      await seed.page.close();

      const page = await own.context.newPage();
      await page.setViewportSize({ width: 380, height: 700 });
      await page.goto(`chrome-extension://${own.extensionId}/sidepanel.html#plan=long-log&view=observations`);
      await page.getByRole('heading', { name: `Log (${COUNT})` }).waitFor();
      expect(await page.locator('.observation-item').count()).toBe(COUNT);
      // Newest first: entry 0 was observed last. From it, Tab meets one button per entry.
      await page.locator('.observation-open').first().focus();
      for (let i = 0; i < 150; i++) await page.keyboard.press('Tab');
      const reached = page.locator('.observation-item', { has: page.locator(':focus') });
      expect(await reached.locator('.observation-preview').innerText()).toContain('Entry 150:');
      expect((await reached.boundingBox())!.height).toBeGreaterThan(40);
      // Its button (date and flags) scrolled into view.
      const box = (await page.locator(':focus').boundingBox())!;
      expect(box.height).toBeGreaterThan(20);
      expect(box.y).toBeGreaterThanOrEqual(0);
      // Its focus ring (drawn a few pixels outside it) too.
      expect(box.y + box.height).toBeLessThanOrEqual(700 - 4);

      // Opened and closed, the log comes back to that entry, not to its top (helper-75).
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Done' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '')).toContain('Entry 150:');
      const back = (await page.locator(':focus').boundingBox())!;
      expect(back.y).toBeGreaterThanOrEqual(0);
      expect(back.y + back.height).toBeLessThanOrEqual(700);

      // The timeline too: every entry, oldest first, and a date far down drawn and in view.
      await page.getByRole('button', { name: 'Timeline', exact: true }).click();
      const dates = page.locator('.timeline-list .link-button');
      await expect.poll(() => dates.count()).toBe(COUNT);
      await dates.first().focus();
      for (let i = 0; i < 120; i++) await page.keyboard.press('Tab');
      const entry = page.locator('.timeline-list > li', { has: page.locator(':focus') });
      expect(await entry.locator('.timeline-seen').innerText()).toMatch(/^Entry \d+:/);
      const date = (await page.locator(':focus').boundingBox())!;
      expect(date.height).toBeGreaterThan(15);
      expect(date.y).toBeGreaterThanOrEqual(0);
      expect(date.y + date.height).toBeLessThanOrEqual(700 - 4);

      // The panel narrowed by the advocate: no entry, drawn again, keeps the wider width.
      await page.getByRole('button', { name: 'Log', exact: true }).click();
      await page.locator('.observation-item', { hasText: 'Entry 3:' }).scrollIntoViewIfNeeded();
      await page.setViewportSize({ width: 320, height: 700 });
      await page.evaluate(() => (document.getElementById('panel-plans')!.scrollTop = 1e6));
      await page.locator('.observation-item', { hasText: 'Entry 3:' }).scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => {
        const panel = document.getElementById('panel-plans')!;
        return panel.scrollWidth - panel.clientWidth;
      });
      expect(overflow).toBe(0);
      await page.close();
    } finally {
      await own.close();
    }
  });

  it('a date typed as 02/30 or with a six-digit year is never saved: the saved date stays, and the field says so', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Dates');
    await panel.page.getByRole('button', { name: 'Observations' }).click();
    await panel.page.getByRole('button', { name: '+ New observation' }).click();
    await panel.field('What you saw or heard').fill('Seen at the visit.');
    const observed = panel.field('Date observed');
    // Typed segment by segment, as a keyboard user does: month, day, year.
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.type('01312026');
    await panel.waitSaved();
    expect(await observed.inputValue()).toBe('2026-01-31');
    // The month changed to February: the field shows 02/31/2026, which the calendar lacks.
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.type('02');
    await panel.page
      .getByText(
        'The date in “Date observed” is not a whole date on the calendar, so it was not saved. The saved date stays January 31, 2026.',
      )
      .waitFor();
    await panel.field('What you saw or heard').focus();
    expect(await observed.inputValue()).toBe('2026-01-31');
    await panel.page.getByRole('button', { name: 'Done' }).click();
    await panel.page.getByRole('listitem').filter({ hasText: 'January 31, 2026' }).waitFor();
    await panel.page.getByRole('listitem').first().getByRole('button').first().click();
    // A year never runs past four digits.
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.type('0101275760');
    await panel.waitSaved();
    // Four digits kept (Chrome keeps the last four typed); a far year is questioned, not refused.
    expect(await observed.inputValue()).toMatch(/^\d{4}-01-01$/);
    await panel.page.getByText(/is in the future\. Is that the date you meant\?/).waitFor();
    // Every part cleared by hand removes the date, and that is saved (Chrome fires no input event
    // when the last part goes).
    await observed.click({ position: { x: 12, y: 10 } });
    for (const key of ['Backspace', 'ArrowRight', 'Backspace', 'ArrowRight', 'Backspace']) await panel.page.keyboard.press(key);
    await panel.waitSaved();
    await panel.page.reload();
    await panel.page.getByRole('button', { name: /Dates/ }).first().click();
    await panel.page.getByRole('button', { name: 'Observations' }).click();
    await panel.page.getByRole('listitem').first().getByRole('button').first().click();
    expect(await panel.field('What you saw or heard').inputValue()).toBe('Seen at the visit.');
    expect(await observed.inputValue()).toBe('');
    // Only a month typed into the empty field, then left: said, not silently dropped.
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.type('03');
    await panel.field('What you saw or heard').focus();
    await panel.page
      .getByText('The date in “Date observed” is not a whole date on the calendar, so it was not saved. It stays empty.')
      .waitFor();
    expect(panel.errors).toEqual([]);
    await panel.page.close();
  });

  it('a year still being typed is never saved: one digit typed into the year, then the panel closed, keeps the saved date (helper-44)', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Year typing');
    await panel.page.getByRole('button', { name: 'Observations' }).click();
    await panel.page.getByRole('button', { name: '+ New observation' }).click();
    await panel.field('What you saw or heard').fill('Seen at the visit.');
    const observed = panel.field('Date observed');
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.type('11152026');
    await panel.waitSaved();
    // To the year, and one digit: Chrome shows 11/15/0002, a valid date to it.
    await observed.click({ position: { x: 12, y: 10 } });
    await panel.page.keyboard.press('ArrowRight');
    await panel.page.keyboard.press('ArrowRight');
    await panel.page.keyboard.type('2');
    expect(await observed.inputValue()).toBe('0002-11-15');
    await panel.page.getByText('The saved date stays November 15, 2026.', { exact: false }).waitFor();
    await panel.page.close();
    const again = await PanelPage.open(browser);
    await again.page
      .getByRole('button', { name: /Year typing/ })
      .first()
      .click();
    await again.page.getByRole('button', { name: 'Observations' }).click();
    await again.page.getByRole('listitem').filter({ hasText: 'November 15, 2026' }).waitFor();
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('prints the red-flag checklist on one page, blank and filled', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Checklist');
    const { planId, observationId } = await panel.createObservation(browser);
    await panel.page.close();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/print.html?plan=&view=checklist`);
    await page.getByRole('heading', { name: 'Red-flag checklist' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(12);
    expect(await page.locator('footer').innerText()).toContain(
      'Source: CSEC & CASA Advocacy training handout, CASA of Los Angeles, section “Red flags”.',
    );
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    // Every column header the same size: "Seen" took the size of the tick boxes under it (helper-74).
    await page.emulateMedia({ media: 'print' });
    const headerSizes = await page.$$eval('thead th', (cells) => cells.map((c) => getComputedStyle(c).fontSize));
    expect(new Set(headerSizes).size, headerSizes.join(', ')).toBe(1);
    await page.goto(`chrome-extension://${browser.extensionId}/print.html?plan=${planId}&view=checklist&obs=${observationId}`);
    await page.getByRole('heading', { name: 'Red-flag checklist: Checklist' }).waitFor();
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
    await page.close();
  });
});

describe('observation fields are as durable as plan fields (real Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('loses nothing when the panel closes 0, 10, 50 or 200 ms after the last keystroke in an observation (48 trials)', async () => {
    const setup = await PanelPage.open(browser);
    await setup.createPlan('Observation durability');
    const { planId, observationId } = await setup.createObservation(browser);
    await setup.page.close();

    const delays = [0, 10, 50, 200];
    const fields = ['What you saw or heard', 'Follow-up'];
    const lost: string[] = [];
    let reader: PanelPage = await PanelPage.openObservation(browser, planId, observationId);
    for (let trial = 0; trial < 48; trial++) {
      const delay = delays[trial % delays.length] as number;
      const label = fields[Math.floor(trial / delays.length) % fields.length] as string;
      const text = `trial ${trial}: ${Math.random().toString(36).slice(2, 10)} ✓`;
      const writer: PanelPage = reader;
      await writer.field(label).fill('');
      await writer.field(label).pressSequentially(text);
      if (delay) await writer.page.waitForTimeout(delay);
      await writer.page.close();
      reader = await PanelPage.openObservation(browser, planId, observationId);
      const stored = await reader.field(label).inputValue();
      if (stored !== text) lost.push(`${label}, delay ${delay} ms: typed “${text}”, found “${stored}”`);
    }
    await reader.page.close();
    expect(lost).toEqual([]);
  }, 300_000);
});
