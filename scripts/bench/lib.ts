/** Shared pieces of `npm run bench`: timing a page until it is ready, statistics, the table. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/e2e/fixtures.ts';

export interface Row {
  metric: string;
  value: string;
  baseline: string;
  target: string;
  ok: boolean;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/**
 * The least any page can do that lists plans: one classic script that asks the background for
 * the list and draws its first rows as plain elements, nothing else (no app, no styles, no
 * language). The plans live in the background, so no panel can be ready sooner than this.
 */
const FLOOR_SCRIPT = `
const port = chrome.runtime.connect({ name: 'plans' });
port.onMessage.addListener((m) => {
  if (m.kind !== 'response' || !m.ok) return;
  const draw = () => {
    const ul = document.createElement('ul');
    ul.className = 'plans';
    ul.dataset.total = String(m.result.length);
    for (const plan of m.result.slice(0, 10)) {
      const li = document.createElement('li');
      li.className = 'plan-item';
      li.textContent = plan.nickname;
      ul.append(li);
    }
    document.body.append(ul);
  };
  if (document.body) draw();
  else addEventListener('DOMContentLoaded', draw);
});
port.postMessage({ kind: 'request', seq: 1, method: 'list', args: {} });
`;

/**
 * A copy of a build with an extra blank page, the baseline every page load is compared to, and
 * the floor page (FLOOR_SCRIPT) beside it: `withFloorPanel` puts it in the panel's place, the
 * only page the background gives the plans to.
 */
export function withBlankPage(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'csec-bench-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(
    join(copy, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank</title></head><body></body></html>',
  );
  writeFileSync(
    join(copy, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Floor</title><script src="/floor.js"></script></head><body></body></html>',
  );
  writeFileSync(join(copy, 'floor.js'), FLOOR_SCRIPT);
  return copy;
}

/** Runs `measure` with the floor page served as sidepanel.html (an unpacked extension's files are read from disk). */
export async function withFloorPanel<T>(copy: string, measure: () => Promise<T>): Promise<T> {
  const panel = join(copy, 'sidepanel.html');
  const real = readFileSync(panel);
  writeFileSync(panel, readFileSync(join(copy, 'floor.html')));
  try {
    return await measure();
  } finally {
    writeFileSync(panel, real);
  }
}

/** Milliseconds from navigation start to the first frame after `readyCheck` (JS source) holds. */
export async function timeToReady(browser: ExtensionBrowser, path: string, readyCheck: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript(`
    (() => {
      const ready = () => ${readyCheck};
      const done = () => requestAnimationFrame(() => { window.__readyAt = performance.now(); });
      const watch = () => {
        if (ready()) return done();
        const check = () => { if (ready()) { observer.disconnect(); removeEventListener('focusin', check, true); done(); } };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        // A focus change is no mutation: an autofocused field gets it at the first rendering.
        addEventListener('focusin', check, true);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
    })();
  `);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  const handle = await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt, undefined, { timeout: 30_000 });
  const value = Number(await handle.jsonValue());
  await page.close();
  return value;
}

export const BLANK_READY = `document.readyState !== 'loading'`;

/** Loads discarded before measuring: the first loads of a fresh browser profile are outliers. */
const WARMUP_RUNS = 5;

/** Blank page and measured page alternately, `runs` times each, so drift hits both alike. */
export async function readyTimes(browser: ExtensionBrowser, path: string, check: string, runs: number) {
  for (let i = 0; i < WARMUP_RUNS; i++) {
    await timeToReady(browser, 'blank.html', BLANK_READY);
    await timeToReady(browser, path, check);
  }
  const page: number[] = [];
  const blank: number[] = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await timeToReady(browser, 'blank.html', BLANK_READY));
    page.push(await timeToReady(browser, path, check));
  }
  return { page, blank };
}

export function printTable(rows: Row[]): void {
  const header = ['metric', 'value', 'baseline (same run)', 'target', ''];
  const lines = rows.map((r) => [r.metric, r.value, r.baseline, r.target, r.ok ? 'ok' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines) console.log(fmt(l));
}
