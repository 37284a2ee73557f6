/**
 * Finds a Chromium that honours `--load-extension`, for `npm run dev` and the end-to-end
 * tests. Branded Google Chrome ignores that flag (Chrome 137+), so it never counts.
 * Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then a Chromium installed for Playwright.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const DEBIAN_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function playwrightChromiums(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort()
    .reverse()
    .flatMap((name) => [
      join(cacheDir, name, 'chrome-linux', 'chrome'),
      join(cacheDir, name, 'chrome-linux64', 'chrome'),
      join(cacheDir, name, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      join(cacheDir, name, 'chrome-win', 'chrome.exe'),
    ]);
}

/** Every place looked at, in order; exported so the error message can list them. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const cache = env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  return [env.CHROMIUM_PATH ?? '', ...DEBIAN_CHROMIUM, ...playwrightChromiums(cache)].filter(Boolean);
}

/** The first Chromium found, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string | undefined {
  return chromiumCandidates(env).find((path) => exists(path));
}

export const NO_CHROMIUM_HELP = [
  'No Chromium that can load an unpacked extension was found.',
  'Branded Google Chrome ignores --load-extension, so it cannot run these tests.',
  'Get one of these:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - any OS: npx playwright install chromium           (Chromium for Playwright)',
  '  - or point CHROMIUM_PATH at a Chromium binary:     CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');
