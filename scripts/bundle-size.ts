/** Sizes of what a page loads, shared by the benchmark and the size gate in the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The popup's JavaScript budget, gzipped (issue #2; checked by tests/e2e/size.e2e.ts). The guide's
 * text is not part of it: it ships as data, one JSON string in its own chunk (guideDataBytes
 * below; scripts/prerender-plugin.ts), so the budget is for code. The popup reads the program's
 * checked settings (utils/program/state.ts) and never loads the checker itself.
 */
export const POPUP_JS_BUDGET_BYTES = 40 * 1024;

/** The guide's data chunk: `export default JSON.parse("…")`, data rather than code (scripts/prerender-plugin.ts). */
const GUIDE_DATA_CHUNK = /guide-data-[\w-]+\.js$/;

/** The files of the scripts `page` loads in the build in `dir`: its entry and all it imports, even lazily. */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) pending.push(join(file, '..', m[1] as string));
  }
  return [...seen];
}

const gzipped = (dir: string, files: string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(join(dir, file))).length, 0);

/** The gzipped size of every script `page` loads in the build in `dir`, the guide's data chunk aside. */
export function pageScriptBytes(dir: string, page = 'popup.html'): number {
  return gzipped(
    dir,
    pageScripts(dir, page).filter((file) => !GUIDE_DATA_CHUNK.test(file)),
  );
}

/** The gzipped size of the guide's data chunk `page` loads: one JSON string, parsed, never code. Throws if it loads none. */
export function guideDataBytes(dir: string, page = 'popup.html'): number {
  const data = pageScripts(dir, page).filter((file) => GUIDE_DATA_CHUNK.test(file));
  if (data.length !== 1) throw new Error(`${page} should load one guide data chunk, not ${data.length}.`);
  return gzipped(dir, data);
}
