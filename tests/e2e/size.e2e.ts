import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScriptBytes, POPUP_JS_BUDGET_BYTES } from '../../scripts/bundle-size.ts';
import { EXTENSION_DIR } from './fixtures.ts';

describe('size budget', () => {
  it(`keeps the popup's JavaScript within ${POPUP_JS_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const bytes = pageScriptBytes(EXTENSION_DIR);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(POPUP_JS_BUDGET_BYTES);
  });

  // The interop copies the polyfill's export property by property (getOwnPropertyNames, then each
  // descriptor); in Chromium that export is the browser's own API object (scripts/polyfill-esm-plugin.ts).
  it('ships webextension-polyfill without the bundler’s CommonJS copy, which built every browser API at each page load', () => {
    const scripts = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => join('chunks', f));
    const withPolyfill = ['background.js', ...scripts].filter((file) =>
      readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('This script should only be loaded in a browser extension'),
    );
    expect(withPolyfill.length).toBeGreaterThan(0);
    for (const file of withPolyfill)
      expect(readFileSync(join(EXTENSION_DIR, file), 'utf8'), file).not.toMatch(/getOwnPropertyNames|__esModule/);
  });
});
