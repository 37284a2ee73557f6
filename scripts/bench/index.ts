/**
 * `npm run bench`: speed and size figures measured in real Chromium, each printed beside a
 * baseline measured in the same run and the target it must meet. Exits 1 if one is missed.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printTable } from './lib.ts';
import { benchObservations } from './observations.ts';
import { benchPanel } from './panel.ts';
import { benchPopup } from './popup.ts';
import { benchSearchQuality } from './search-quality.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function build(env: Record<string, string> = {}): void {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
}

console.log('Building the shipped extension and a 10× guide variant…');
build();
build({ BENCH_GUIDE_SCALE: '10' });
const shipped = join(ROOT, '.output/chrome-mv3');
const rows = [
  ...(await benchSearchQuality()),
  ...(await benchPopup(shipped, join(ROOT, '.output/bench-10x/chrome-mv3'))),
  ...(await benchPanel(shipped)),
  ...(await benchObservations(shipped)),
];
rmSync(join(ROOT, '.output/bench-10x'), { recursive: true, force: true });
rmSync(join(ROOT, '.output/bench-eval'), { recursive: true, force: true });
printTable(rows);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
