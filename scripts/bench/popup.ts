/**
 * Popup figures: ready time (search box focused, first results painted) against a blank
 * extension page; keystroke → results p50/p95 with the shipped and a 10× guide; JS size.
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../../tests/e2e/fixtures.ts';
import { guideDataBytes, pageScriptBytes, POPUP_JS_BUDGET_BYTES } from '../bundle-size.ts';
import { ms, percentile, readyTimes, withBlankPage, type Row } from './lib.ts';

const READY_RUNS = 40;
const QUERIES = [
  'traficking hotlne',
  'runaway',
  'boyfriend older',
  'red flags',
  'what to say when youth returns',
  'instagram',
  'therapy emdr',
  'saving innocence',
  'court report judge',
  'burnout',
  'cash gifts',
  'dcfs command post',
];

interface KeystrokeSamples {
  /** input event → search run and results written to the DOM (the app's own work). */
  dom: number[];
  /** input event → the frame after it (adds style, layout and software paint). */
  frame: number[];
}

/** Types each query and records, for every keystroke, when results reach the DOM and the screen. */
async function keystrokeLatencies(page: Page): Promise<KeystrokeSamples> {
  await page.evaluate(() => {
    const w = window as unknown as KeystrokeSamples & { __k: KeystrokeSamples };
    w.__k = { dom: [], frame: [] };
    let start = 0;
    document.addEventListener('input', () => (start = performance.now()), true);
    // Bubbling on window runs after the app's handler; Preact renders in the microtask it
    // queued there, so a microtask queued now runs once the new results are in the DOM.
    window.addEventListener('input', () => {
      queueMicrotask(() => w.__k.dom.push(performance.now() - start));
      requestAnimationFrame(() => setTimeout(() => w.__k.frame.push(performance.now() - start), 0));
    });
  });
  const input = page.getByRole('combobox', { name: 'Search guidance' });
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      await input.fill('');
      await input.pressSequentially(query, { delay: 25 });
    }
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __k: KeystrokeSamples }).__k);
}

/** Popups opened, and typed in once, for the first-keystroke figure. */
const FIRST_KEY_RUNS = 15;
/** A person opens the popup and starts typing about half a second later. */
const REACTION_MS = 500;

/**
 * Opens the popup `runs` times and, half a second after each opening, types a letter, deletes it
 * and types it again: input event → results in the DOM for the first time (anything the page
 * left for later is paid here) and for the second (the baseline: the same keystroke once all
 * is ready).
 */
async function firstKeystrokes(browser: Awaited<ReturnType<typeof launchExtension>>, runs: number) {
  const first: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.openPage('popup.html');
    await page.evaluate(() => {
      const w = window as unknown as { __dom: number[] };
      w.__dom = [];
      let start = 0;
      document.addEventListener('input', () => (start = performance.now()), true);
      window.addEventListener('input', () => queueMicrotask(() => w.__dom.push(performance.now() - start)));
    });
    await page.waitForTimeout(REACTION_MS);
    const letter = 'hsrtc'.charAt(i % 5);
    const input = page.getByRole('combobox', { name: 'Search guidance' });
    for (const key of [letter, 'Backspace', letter]) {
      await input.press(key);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(50);
    const [a, , b] = await page.evaluate(() => (window as unknown as { __dom: number[] }).__dom);
    first.push(a ?? NaN);
    next.push(b ?? NaN);
    await page.close();
  }
  return { first, next };
}

const POPUP_READY = `document.activeElement && document.activeElement.id === 'guide-search' && document.querySelector('[role=option]')`;

async function measureBuild(dir: string, readyRuns: number) {
  const browser = await launchExtension(withBlankPage(dir));
  try {
    const ready = readyRuns ? await readyTimes(browser, 'popup.html', POPUP_READY, readyRuns) : { page: [], blank: [] };
    const firstKeys = readyRuns ? await firstKeystrokes(browser, FIRST_KEY_RUNS) : { first: [], next: [] };
    // Typing is timed in a popup of a browser that has opened one before, as the shipped guide's
    // is (after the ready runs): the guide's size is what this compares, not a cold start, which
    // the first-keystroke row measures. Without ready runs, the first popup's typing is kept
    // and reported apart.
    let coldKeys: KeystrokeSamples | undefined;
    if (!readyRuns) {
      const first = await browser.openPage('popup.html');
      coldKeys = await keystrokeLatencies(first);
      await first.close();
    }
    const page = await browser.openPage('popup.html');
    const keys = await keystrokeLatencies(page);
    return { popupReady: ready.page, blankReady: ready.blank, keys, coldKeys, firstKeys };
  } finally {
    await browser.close();
  }
}

/** The popup rows of the table. `shipped` and `tenX` are built extension folders. */
export async function benchPopup(shipped: string, tenX: string): Promise<Row[]> {
  const one = await measureBuild(shipped, READY_RUNS);
  const ten = await measureBuild(tenX, 0);

  const readyMedian = percentile(one.popupReady, 50);
  const blankMedian = percentile(one.blankReady, 50);
  const gz = pageScriptBytes(shipped);
  const keyRow = (name: string, samples: KeystrokeSamples, baseline: string): Row[] => {
    const p95 = percentile(samples.dom, 95);
    return [
      {
        metric: `keystroke → results in DOM, ${name} (n=${samples.dom.length})`,
        value: `p50 ${ms(percentile(samples.dom, 50))} · p95 ${ms(p95)}`,
        baseline,
        target: 'p95 ≤ 8 ms',
        ok: p95 <= 8,
      },
      {
        metric: `keystroke → next frame, ${name}`,
        value: `p50 ${ms(percentile(samples.frame, 50))} · p95 ${ms(percentile(samples.frame, 95))}`,
        baseline: 'includes headless software paint',
        target: '(context)',
        ok: true,
      },
    ];
  };
  const rows: Row[] = [
    {
      metric: `popup ready, median of ${READY_RUNS}`,
      value: ms(readyMedian),
      baseline: `blank page ${ms(blankMedian)} (×${(readyMedian / blankMedian).toFixed(2)})`,
      // Issue #12: within 1.3× a blank extension page.
      target: '≤ 1.3× blank page',
      ok: readyMedian <= 1.3 * blankMedian,
    },
    {
      metric: `first keystroke, ${REACTION_MS} ms after the popup opens → results in DOM (n=${one.firstKeys.first.length})`,
      value: `median ${ms(percentile(one.firstKeys.first, 50))} · max ${ms(Math.max(...one.firstKeys.first))}`,
      baseline: `typed again: median ${ms(percentile(one.firstKeys.next, 50))} · max ${ms(Math.max(...one.firstKeys.next))}`,
      // Within one frame: before the search was warmed in idle time it compiled its signal
      // patterns here, ≈ 200 ms on this 2-core machine.
      target: 'max ≤ 16.7 ms (one frame)',
      ok: Math.max(...one.firstKeys.first) <= 16.7,
    },
    ...keyRow('shipped guide', one.keys, 'one frame = 16.7 ms'),
    ...keyRow('10× guide', ten.keys, `shipped p95 ${ms(percentile(one.keys.dom, 95))}`),
    {
      metric: `keystroke → results in DOM, 10× guide, typed from the moment a fresh browser's first popup opens (n=${ten.coldKeys?.dom.length})`,
      value: `p50 ${ms(percentile(ten.coldKeys?.dom ?? [], 50))} · p95 ${ms(percentile(ten.coldKeys?.dom ?? [], 95))}`,
      baseline: 'its first keys wait for the app to load; the next ones run its code for the first time',
      target: '(context)',
      ok: true,
    },
    {
      metric: 'guide data chunk (one JSON string, loaded after the first paint), gzipped',
      value: `${(guideDataBytes(shipped) / 1024).toFixed(1)} KB`,
      baseline: `10× guide ${(guideDataBytes(tenX) / 1024).toFixed(1)} KB`,
      target: '(context: parsed as JSON, not compiled as script)',
      ok: true,
    },
    {
      metric: 'popup JavaScript (code: the guide data chunk aside), gzipped',
      value: `${(gz / 1024).toFixed(1)} KB`,
      baseline: `10× guide build ${(pageScriptBytes(tenX) / 1024).toFixed(1)} KB`,
      target: `≤ ${POPUP_JS_BUDGET_BYTES / 1024} KB`,
      ok: gz <= POPUP_JS_BUDGET_BYTES,
    },
  ];
  return rows;
}
