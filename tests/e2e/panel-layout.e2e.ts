import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage } from './panel-page.ts';

/** Where Hide is, whether anything covers it, and whether any tab is under it or cut off. */
async function hideLayout(panel: PanelPage) {
  return panel.page.evaluate(() => {
    const hide = document.querySelector('.hide-button')!.getBoundingClientRect();
    const tabs = [...document.querySelectorAll('[role=tab]')].map((t) => t.getBoundingClientRect());
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const hit = document.elementFromPoint(hide.left + hide.width / 2, hide.top + hide.height / 2);
    return {
      onScreen: hide.top >= 0 && hide.left >= 0 && hide.bottom <= innerHeight && hide.right <= innerWidth,
      uncovered: !!hit?.closest('.hide-button'),
      coversATab: tabs.some((t) => overlap(t, hide)),
      tabsWhole: tabs.every((t) => t.left >= 0 && t.right <= innerWidth),
    };
  });
}

describe('the side panel’s frame', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('item 5: Hide stays on screen, beside the tabs and never over them, from 320 px up — in the list and deep in a plan', async () => {
    const panel = await PanelPage.open(browser);
    for (const width of [320, 360, 400, 500]) {
      await panel.page.setViewportSize({ width, height: 640 });
      expect(await hideLayout(panel), `list at ${width} px`).toEqual({
        onScreen: true,
        uncovered: true,
        coversATab: false,
        tabsWhole: true,
      });
    }
    await panel.createPlan('Layout');
    await panel.expandAll();
    for (const width of [320, 360, 400, 500]) {
      await panel.page.setViewportSize({ width, height: 640 });
      // The plan's last control, at the bottom of a page many screens long.
      const scrolled = await panel.page.evaluate(() => {
        const controls = document.querySelectorAll<HTMLElement>('#panel-plans button, #panel-plans input, #panel-plans textarea');
        const last = controls[controls.length - 1]!;
        last.scrollIntoView();
        return (
          last.getBoundingClientRect().top > 0 && document.querySelector('#panel-plans .plan-section')!.getBoundingClientRect().bottom < 0
        );
      });
      expect(scrolled, `scrolled to the end at ${width} px`).toBe(true);
      expect(await hideLayout(panel), `deep in a plan at ${width} px`).toEqual({
        onScreen: true,
        uncovered: true,
        coversATab: false,
        tabsWhole: true,
      });
    }
    await panel.page.getByRole('button', { name: /^Hide/ }).click();
    await panel.page.getByRole('button', { name: 'Show' }).waitFor();
    await panel.page.close();
  });

  it('item 7: a jump from Sections lands the section’s heading whole, below the bar that stays on screen', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.setViewportSize({ width: 380, height: 700 });
    await panel.createPlan('Jumps');
    for (const [width, title] of [
      [380, '8. Go-bag and documents'],
      [380, '4. My top 3 people'],
      [320, '13. Case team'],
      [320, '2. Warning signs'],
    ] as const) {
      await panel.page.setViewportSize({ width, height: 700 });
      await panel.page.getByRole('button', { name: 'Sections', exact: true }).click();
      await panel.page
        .getByRole('list', { name: 'Jump to a section' })
        .getByRole('button', { name: new RegExp(`^${title}`) })
        .click();
      await panel.page.waitForTimeout(100);
      const place = await panel.page.evaluate((t) => {
        const bar = document.querySelector('.editor-bar')!.getBoundingClientRect();
        const heading = [...document.querySelectorAll('.section-toggle')]
          .find((b) => b.textContent?.startsWith(t))!
          .getBoundingClientRect();
        return { belowBar: heading.top >= bar.bottom - 1, onScreen: heading.bottom <= innerHeight };
      }, title);
      expect(place, `${title} at ${width} px`).toEqual({ belowBar: true, onScreen: true });
    }
    await panel.page.close();
  });

  it('the observation editor fits the panel from 320 px up: no field sticks out past the margin', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Fit');
    await panel.page.getByRole('button', { name: 'Observations' }).click();
    await panel.page.getByRole('button', { name: '+ New observation' }).click();
    await panel.field('Date observed').fill('2099-01-01');
    await panel.page.getByText(/is in the future/).waitFor();
    for (const width of [320, 360, 400]) {
      await panel.page.setViewportSize({ width, height: 700 });
      const outside = await panel.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#panel-plans input, #panel-plans textarea, #panel-plans select, #panel-plans button')]
          .filter((e) => {
            // The tab's content edge: inside its padding, where every other field ends.
            const tab = document.querySelector<HTMLElement>('#panel-plans')!;
            const edge = tab.getBoundingClientRect().right - parseFloat(getComputedStyle(tab).paddingRight);
            return e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > edge + 0.5;
          })
          .map((e) => e.getAttribute('aria-label') ?? e.id ?? e.textContent),
      );
      expect(outside, `at ${width} px`).toEqual([]);
    }
    await panel.page.close();
  });

  it('item 6: switching to the Guide and back returns to the same plan, section and scroll position', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.setViewportSize({ width: 380, height: 640 });
    await panel.createPlan('Keep my place');
    await panel.openSection('Case team');
    const notes = panel.field('MDT meetings: dates and notes');
    await notes.fill('Next MDT on the 12th');
    await notes.scrollIntoViewIfNeeded();
    const before = (await notes.boundingBox())!.y;
    expect(before).toBeGreaterThan(0);

    await panel.page.getByRole('tab', { name: 'Guide' }).click();
    await panel.page.getByRole('combobox', { name: 'Search guidance' }).fill('runaway');
    await panel.page.getByRole('tab', { name: 'Safety plans' }).click();
    expect(await notes.inputValue()).toBe('Next MDT on the 12th');
    expect(await notes.isVisible()).toBe(true);
    expect((await notes.boundingBox())!.y).toBeCloseTo(before, 0);

    // …and the Guide keeps its place too.
    await panel.page.getByRole('tab', { name: 'Guide' }).click();
    expect(await panel.page.getByRole('combobox', { name: 'Search guidance' }).inputValue()).toBe('runaway');
    expect(panel.errors).toEqual([]);
    await panel.page.close();
  });

  it('item 7: rows stack their cells at full width, so no name or number is cut, from 320 px up', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Rows');
    await panel.openSection('My top 3 people');
    await panel.page.getByRole('button', { name: '+ Add a person' }).click();
    const person = panel.page.getByRole('group', { name: 'Trusted people, row 1' });
    await person.getByLabel('Name').fill('Aunt Rosa Martínez');
    await person.getByLabel('Relationship').fill('Mother’s sister');
    await person.getByLabel('How to reach them').fill('(213) 555-0100 ext. 42');
    await panel.openSection('Numbers to memorize');
    await panel.openSection('Services and supports');
    await panel.openSection('Case team');
    await panel.page.getByRole('button', { name: '+ Add a team member' }).click();
    const member = panel.page.getByRole('group', { name: 'Team, row 1' });
    await member.getByLabel('Role').fill('Children’s Social Worker');
    await member.getByLabel('Contact').fill('1-213-555-0199 (cell)');
    await panel.waitSaved();
    for (const width of [320, 360, 400]) {
      await panel.page.setViewportSize({ width, height: 700 });
      const cut = await panel.page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.plan-section.open .rows :is(input, textarea)')]
          .filter((cell) => cell.value && (cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight + 1))
          .map((cell) => cell.value),
      );
      expect(cut, `at ${width} px`).toEqual([]);
    }
    await panel.page.close();
  });
});

describe('keyboard focus under the plan’s sticky bar (helper-58)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('Shift+Tab onto a field above the screen scrolls it below the bar (Back, Saved, Sections), not under it', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.setViewportSize({ width: 360, height: 700 });
    await panel.createPlan('Focus');
    await panel.expandAll();
    for (const label of ['Warning signs and triggers', 'Things that help me cope', 'Youth’s nickname or initials']) {
      // The field at the very top of the tab, where the bar covers it; focus on the control after it, then Shift+Tab.
      const placed = await panel.page.evaluate((label) => {
        const focusable = [
          ...document.querySelectorAll<HTMLElement>('#panel-plans :is(button, input, textarea, select, summary, a[href], [tabindex="0"])'),
        ].filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0);
        const field = focusable.find((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() === label);
        const after = field && focusable[focusable.indexOf(field) + 1];
        field?.scrollIntoView({ block: 'start' });
        after?.focus({ preventScroll: true });
        return !!after;
      }, label);
      expect(placed, label).toBe(true);
      await panel.page.keyboard.press('Shift+Tab');
      await panel.page.waitForTimeout(100);
      const place = await panel.page.evaluate(() => ({
        focused:
          (document.activeElement as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? document.activeElement!.outerHTML.slice(0, 200),
        top: document.activeElement!.getBoundingClientRect().top,
        barBottom: document.querySelector('.editor-bar')!.getBoundingClientRect().bottom,
      }));
      expect(place.focused, 'Shift+Tab reached the field').toBe(label);
      expect(place.top, `“${label}” below the bar`).toBeGreaterThanOrEqual(place.barBottom);
    }
    expect(panel.errors).toEqual([]);
    await panel.page.close();
  });

  it('Alt+S from a field deep in the plan opens Sections on that section; Enter on another jumps there', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.setViewportSize({ width: 360, height: 700 });
    await panel.createPlan('Keys');
    await panel.expandAll();
    const field = panel.field('Things that help me cope');
    await field.fill('Music');
    await field.press('Alt+s');
    const index = panel.page.getByRole('list', { name: 'Jump to a section' });
    await index.waitFor();
    const focused = () => panel.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await expect.poll(focused, { timeout: 5_000 }).toMatch(/^3\. Strengths and things that help me cope/);
    // Nothing was typed into the field (Option+S types “ß” on a Mac).
    expect(await field.inputValue()).toBe('Music');
    await panel.page.keyboard.press('End');
    await panel.page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 5_000 }).toMatch(/^14\. /);
    expect(await index.isVisible()).toBe(false);
    expect(panel.errors).toEqual([]);
    await panel.page.close();
  });

  it('helper-61: choosing the Guide tab puts the caret in its search; a letter typed on the tab goes there too', async () => {
    const panel = await PanelPage.open(browser);
    const page = panel.page;
    const search = page.getByRole('combobox', { name: 'Search guidance' });
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('role')}: ${document.activeElement?.id}`);
    // A click, the first time (the Guide loads then) and after coming back.
    await page.getByRole('tab', { name: 'Guide' }).click();
    await expect.poll(focused).toBe('combobox: guide-search');
    await page.keyboard.type('988');
    expect(await search.inputValue()).toBe('988');
    await page.getByRole('tab', { name: 'Safety plans' }).click();
    // Plans and Settings keep the focus on their tab: they have no one place to start.
    expect(await focused()).toBe('tab: tab-plans');
    await page.getByRole('tab', { name: 'Guide' }).click();
    await expect.poll(focused).toBe('combobox: guide-search');
    // The keyboard: ← / → stay on the tabs (the tab pattern), a letter typed goes to the search.
    await page.getByRole('tab', { name: 'Guide' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab: tab-settings');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('tab: tab-guide');
    await search.fill('');
    await page.getByRole('tab', { name: 'Guide' }).focus();
    await page.keyboard.type('hotline');
    expect(await focused()).toBe('combobox: guide-search');
    expect(await search.inputValue()).toBe('hotline');
    await page.close();
  });

  it('a long text field grows with what it holds, up to half the panel, then scrolls (helper-81: a 5,000-character paste stayed four lines tall)', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.setViewportSize({ width: 380, height: 800 });
    await panel.createPlan('Tall');
    await panel.openSection('Warning signs');
    const field = panel.field('Warning signs and triggers');
    const height = () => field.evaluate((el) => el.getBoundingClientRect().height);
    const empty = await height();
    await field.fill(
      'Late-night texts from an older friend.\nA new phone she will not explain.\nMissed two visits.\nNew nails.\nA hotel key card.\nSays she has a new boyfriend.',
    );
    const sixLines = await height();
    expect(sixLines, 'six lines shown whole').toBeGreaterThan(empty * 1.3);
    await field.fill('Late-night texts from an older friend. '.repeat(130));
    const long = await height();
    expect(long, 'no taller than half the panel').toBeLessThanOrEqual(400 + 1);
    expect(long).toBeGreaterThan(sixLines);
    expect(await field.evaluate((el) => el.scrollHeight > el.clientHeight), 'the rest scrolls inside it').toBe(true);
    await panel.page.close();
  });

  it('helper-61: after Hide, Show is a button big enough to find and hit (44 × 44 px or more), at 100% and 200% zoom', async () => {
    const panel = await PanelPage.open(browser);
    for (const [width, height] of [
      [360, 700],
      [180, 350],
    ] as const) {
      await panel.page.setViewportSize({ width, height });
      await panel.page.getByRole('button', { name: /^Hide/ }).click();
      const show = panel.page.getByRole('button', { name: 'Show' });
      const box = (await show.boundingBox())!;
      expect(box.width, `${width} px`).toBeGreaterThanOrEqual(44);
      expect(box.height, `${width} px`).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
      await show.click();
      await panel.page.getByRole('tab', { name: /plans/i }).waitFor();
    }
    await panel.page.close();
  });
});
