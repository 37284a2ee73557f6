import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { findChromium } from './scripts/find-chromium';

const chromium = findChromium();
const runningAsRoot = process.getuid?.() === 0;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than WXT's auto-imports and keep tests honest.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'CSEC Guide for CASA Advocates',
    short_name: 'CSEC Guide',
    description:
      'Hotlines, red flags and the right words for CASA advocates supporting youth at risk of commercial sexual exploitation. Private: nothing leaves this device.',
    permissions: ['storage'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Open the CSEC guide',
      },
    },
  },
  webExt: {
    // `npm run dev` opens a Chromium that accepts unpacked extensions (see scripts/find-chromium.ts).
    binaries: chromium ? { chrome: chromium } : undefined,
    chromiumArgs: runningAsRoot ? ['--no-sandbox'] : [],
  },
});
