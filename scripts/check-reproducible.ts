/**
 * Builds the Chrome and Firefox store packages (and Firefox's sources archive) twice from
 * this checkout and fails unless both builds are byte-identical, as store review requires.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');

function buildZips(): Map<string, string> {
  rmSync(OUT, { recursive: true, force: true });
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'ignore' });
  const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
  return new Map(
    zips.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(OUT, f)))
        .digest('hex'),
    ]),
  );
}

const first = buildZips();
const second = buildZips();
const names = [...first.keys()].sort();
const same = names.length >= 3 && names.every((n) => first.get(n) === second.get(n));
for (const name of names) console.log(`${first.get(name) === second.get(name) ? 'same' : 'DIFFERENT'}  ${name}  ${first.get(name)}`);
if (!same) {
  console.error('Two builds from the same commit differ (or a package is missing).');
  process.exitCode = 1;
}
// Leave a normal build behind for the tests that follow.
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
