import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './fixtures.ts';
import { PanelPage } from './panel-page.ts';

/** Presses Tab until the focused element's accessible text matches, checking focus is visible. */
async function tabTo(page: Page, name: RegExp, { backwards = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      const style = getComputedStyle(el);
      return {
        text: `${el.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el.textContent ?? ''}`.trim(),
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (!focused) continue;
    // Visible focus everywhere: every stop shows an outline.
    expect(focused.outline, `focus ring on “${focused.text.slice(0, 40)}”`).not.toBe('none');
    if (name.test(focused.text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('keyboard only: popup → copy → side panel → plan → print', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
    await browser.context.addInitScript(() => {
      window.print = () => void ((window as unknown as { __printed: boolean }).__printed = true);
    });
  });
  afterAll(async () => browser?.close());

  it('does it all without a mouse', async () => {
    const popup = await browser.openPage('popup.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await popup.keyboard.type('runaway');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toBe('National Runaway Safeline (24/7): call 1-800-RUNAWAY (1-800-786-2929) or text 66008.');
    expect(await popup.getByRole('status').innerText()).toContain('Copied');

    await tabTo(popup, /Safety plans ▸/);
    const closed = popup.waitForEvent('close');
    // The popup closes itself as the panel opens, possibly before the key press returns.
    await popup.keyboard.press('Enter').catch(() => {});
    await closed;

    const panel = await browser.remotePage('/sidepanel.html');
    // The first screen: no wall, “New safety plan” first after Hide and the tabs.
    await panel.getByRole('button', { name: '+ New safety plan' }).waitFor();
    await tabTo(panel, /New safety plan/);
    await panel.keyboard.press('Enter');
    // The lock is offered once, as the first plan is made; the passphrase field has the focus.
    await panel.getByRole('button', { name: 'Skip for now' }).waitFor();
    await tabTo(panel, /Skip for now/);
    await panel.keyboard.press('Enter');
    // The new plan opens with the caret in its nickname field.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('field-nickname');
    await panel.keyboard.type('K.B.');
    // Sections start closed: a heading opens its section, and its fields come next.
    await tabTo(panel, /^6\. Code word or signal/);
    await panel.keyboard.press('Enter');
    await tabTo(panel, /^Code word or signal/);
    await panel.keyboard.type('blue umbrella');
    await panel.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
    expect(await panel.getByLabel('Youth’s nickname or initials', { exact: true }).inputValue()).toBe('K.B.');

    // The section index: open it, pick a section; it opens, and its heading has the focus.
    await tabTo(panel, /^Sections$/, { backwards: true });
    await panel.keyboard.press('Enter');
    await tabTo(panel, /^13\. Case team/);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('section-team');
    expect(await panel.locator('#section-team').getAttribute('aria-expanded')).toBe('true');

    // A row added and removed by keyboard: the focus follows, and Undo brings the row back.
    await tabTo(panel, /Add a team member/);
    await panel.keyboard.press('Enter');
    await panel.keyboard.type('CSW');
    await tabTo(panel, /^Remove row 1 of Team/);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value)).toBe('CSW');
    await panel.locator('.save-status', { hasText: /^Saved$/ }).waitFor();

    const printOpened = browser.context.waitForEvent('page');
    await tabTo(panel, /^Print$/, { backwards: true });
    await panel.keyboard.press('Enter');
    const print = await printOpened;
    await print.getByRole('heading', { name: 'Safety plan: K.B.' }).waitFor();
    await tabTo(print, /Print or save as PDF/);
    await print.keyboard.press('Enter');
    expect(await print.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);
  });

  it('moves through the side panel’s tabs with the arrow keys: opening the Guide leaves the focus on its tab', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 380, height: 700 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByRole('tab', { name: 'Safety plans' }).focus();
    await panel.keyboard.press('ArrowRight');
    // The Guide loads on first use; its search box must not take the focus from the tab.
    await panel.getByRole('combobox').waitFor();
    await panel.waitForTimeout(200);
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Guide');
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    expect(await panel.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await panel.close();
  });

  it('the Sections index moves with ↓/↑ like a menu: ↓ on “Sections” opens it on the first section (helper-44 #11)', async () => {
    const panel = await PanelPage.open(browser);
    await panel.createPlan('Arrows');
    const sections = panel.page.getByRole('button', { name: 'Sections', exact: true });
    await sections.focus();
    await panel.page.keyboard.press('ArrowDown');
    const focused = () => panel.page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focused).toMatch(/^1\. About this plan/);
    expect(await sections.getAttribute('aria-expanded')).toBe('true');
    await panel.page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^2\. /);
    await panel.page.keyboard.press('ArrowUp');
    await panel.page.keyboard.press('ArrowUp');
    expect(await focused()).toMatch(/^14\. /);
    await panel.page.keyboard.press('Home');
    expect(await focused()).toMatch(/^1\. /);
    // Enter jumps there, as a click does.
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('Enter');
    expect(await sections.getAttribute('aria-expanded')).toBe('false');
    await panel.page.close();
  });

  it('loses nothing at 200% zoom: no sideways scrolling in the popup or the side panel', async () => {
    // The popup at the largest size a browser gives one (800 × 600); the panel at 640 px, which
    // at 200% is the 320 CSS px that WCAG reflow asks for.
    for (const [path, width, height] of [
      ['popup.html', 800, 600],
      ['sidepanel.html', 640, 700],
    ] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForTimeout(300);
      await page.evaluate(() => (document.documentElement.style.zoom = '2'));
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      // Everything stays reachable: the last element can be scrolled into view.
      const lastVisible = await page.evaluate(() => {
        const last = [...document.querySelectorAll('button, input, a')].at(-1) as HTMLElement;
        last.scrollIntoView();
        const r = last.getBoundingClientRect();
        return r.bottom <= innerHeight + 1 && r.top >= -1;
      });
      expect(lastVisible, path).toBe(true);
      await page.close();
    }
  });
});

/** The focused element's ring, and how much of it the nearest clipping ancestor shows. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    let clip: HTMLElement | null = el.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible' && getComputedStyle(clip).overflowY === 'visible')
      clip = clip.parentElement;
    const box = clip?.getBoundingClientRect();
    // The ring's outer edge, top and bottom: inside the clipping box, or cut off.
    const whole = !box || (rect.top - reach >= box.top - 0.5 && rect.bottom + reach <= box.bottom + 0.5);
    return { text: el.textContent?.trim(), style: style.outlineStyle, whole };
  });
}

describe('a focus ring on every stop, whole (helper-58)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => browser?.close());

  it('the popup’s chips show a whole ring when ←/→ move between them', async () => {
    const popup = await browser.openPage('popup.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await tabTo(popup, /^All$/);
    for (const expected of ['Crisis', 'Hotlines']) {
      await popup.keyboard.press('ArrowRight');
      const ring = await focusRing(popup);
      expect(ring.text).toBe(expected);
      expect(ring.style, `a ring on “${expected}”`).not.toBe('none');
      expect(ring.whole, `the ring on “${expected}” is not cut off`).toBe(true);
    }
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('the pressed chip’s ring stands out from its own fill (%s theme, helper-74)', async (theme) => {
    const popup = await browser.openPage('popup.html');
    await popup.emulateMedia({ colorScheme: theme });
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.hydrated === 'true');
    await tabTo(popup, /^All$/);
    // Once in a CI run under load the focus had left the chip by the time it was read (what took
    // it is not known yet): say where it went, and Tab back to the chip before reading its ring.
    const lostTo = await popup.evaluate(() =>
      document.activeElement?.classList.contains('chip') ? null : document.activeElement?.outerHTML.slice(0, 80),
    );
    if (lostTo) {
      console.warn(`the focus left the “All” chip for ${lostTo}`);
      await tabTo(popup, /^All$/);
    }
    const contrast = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [a, b] = [luminance(style.outlineColor), luminance(style.backgroundColor)].sort((x, y) => y - x);
      return { pressed: el.getAttribute('aria-pressed'), ratio: (a! + 0.05) / (b! + 0.05) };
    });
    expect(contrast.pressed).toBe('true');
    // WCAG 1.4.11: a focus indicator at least 3:1 against what it is drawn on (it was 1.1:1).
    expect(contrast.ratio).toBeGreaterThanOrEqual(3);
    await popup.close();
  });

  it('the side panel’s tabs show a whole ring', async () => {
    const panel = await PanelPage.open(browser);
    await tabTo(panel.page, /^Safety plans$/);
    for (const expected of ['Guide', 'Settings']) {
      await panel.page.keyboard.press('ArrowRight');
      const ring = await focusRing(panel.page);
      expect(ring.text).toBe(expected);
      expect(ring.style).not.toBe('none');
      expect(ring.whole, `the ring on “${expected}” is not cut off`).toBe(true);
    }
    await panel.page.close();
  });
});
