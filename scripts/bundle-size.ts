/** Sizes of what a page loads, shared by the benchmark and the size gate in the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The popup's JavaScript budget, gzipped (issue #2; checked by tests/e2e/size.e2e.ts). The guide's
 * text is not part of it: it ships as JSON inlined into the page (guideDataBytes below), so the
 * budget is for code. The popup reads the program's checked settings (utils/program/state.ts)
 * and never loads the checker itself.
 */
export const POPUP_JS_BUDGET_BYTES = 40 * 1024;

/** The gzipped size of every script `page` loads in the build in `dir`: its entry and all it imports, even lazily. */
export function pageScriptBytes(dir: string, page = 'popup.html'): number {
  const html = readFileSync(join(dir, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  let total = 0;
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file));
    total += gzipSync(code).length;
    for (const m of code.toString().matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
      pending.push(join(file, '..', m[1] as string));
  }
  return total;
}

/** The gzipped size of the guide data inlined into `page` (utils/guide-data.ts), which is JSON, not script. */
export function guideDataBytes(dir: string, page = 'popup.html'): number {
  const html = readFileSync(join(dir, page), 'utf8');
  const json = /<script type="application\/json" id="guide-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return gzipSync(json).length;
}
