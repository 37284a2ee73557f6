import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { findChromium } from './scripts/find-chromium.ts';
import { removePreactHtmlSink } from './scripts/no-html-sink-plugin.ts';
import { polyfillAsEsModule } from './scripts/polyfill-esm-plugin.ts';
import { preloadDynamicImport } from './scripts/preload-app-plugin.ts';
import { guideDataModule, prerender, uiCatalogsModule } from './scripts/prerender-plugin.ts';
import { SUGGESTED_SHORTCUTS } from './utils/commands.ts';
import { OPEN_PLANS_COMMAND } from './utils/panel-openers.ts';

const chromium = findChromium();
// `npm run bench` also builds the popup over a guide ten times the size (scripts/bench.ts).
const benchScale = process.env.BENCH_GUIDE_SCALE;
const runningAsRoot = process.getuid?.() === 0;
/**
 * The 10× guide stands in for the guide (exactly `@/content`, not its files), in the bundle and
 * in the guide's data chunk.
 */
const BENCH_ALIAS =
  benchScale === '10' ? [{ find: /^@\/content$/, replacement: resolve(import.meta.dirname, 'scripts/bench/guide-10x.ts') }] : [];

// See https://wxt.dev/api/config.html
/**
 * Extension pages may load only their own scripts, connect nowhere, and (where the browser
 * supports it) accept no HTML sink at all (Trusted Types). Inline <style> is allowed for the
 * popup's prerendered first screen; no script is ever inline.
 */
const PRODUCTION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types 'none'";

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 everywhere: Firefox supports it, and one manifest shape keeps the code paths one.
  manifestVersion: 3,
  // Explicit imports read better than WXT's auto-imports and keep tests honest.
  imports: false,
  ...(benchScale === '10' && { outDir: '.output/bench-10x' }),
  vite: () => ({
    resolve: { alias: BENCH_ALIAS },
    // Extension pages support <link rel=modulepreload> natively; the polyfill is dead weight.
    build: { modulePreload: { polyfill: false } },
    plugins: [
      removePreactHtmlSink(),
      polyfillAsEsModule(),
      preact(),
      ...prerender(
        import.meta.dirname,
        {
          'popup/index.html': '/entrypoints/popup/prerender.tsx',
          'popup-es/index.html': '/entrypoints/popup/prerender-es.tsx',
          // Their interface words come with their code (virtual:ui-catalogs), not in the HTML.
          'sidepanel/index.html': null,
          'print/index.html': null,
        },
        BENCH_ALIAS,
      ),
      guideDataModule(import.meta.dirname, '/content/data.ts', BENCH_ALIAS),
      uiCatalogsModule(import.meta.dirname),
      preloadDynamicImport('sidepanel/index.html', 'entrypoints/sidepanel/mount.tsx'),
    ],
  }),
  manifest: ({ browser, mode }) => ({
    // In the browser's language, from public/_locales (English and Spanish).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: pins, recents; unlimitedStorage: plans are never evicted; contextMenus: the
    // right-click menus; activeTab + scripting: insert into the page the user is on, only when
    // they act (no host permissions, no content scripts); sidePanel: the plan panel.
    // idle: auto-lock of plans after inactivity and when the screen locks.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'scripting',
      'idle',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    omnibox: { keyword: 'csec' },
    // The dev server's live reload needs to connect; every other build connects nowhere.
    ...(mode === 'production' && {
      content_security_policy: { extension_pages: PRODUCTION_CSP + (browser === 'firefox' ? '' : TRUSTED_TYPES) },
    }),
    // What a CASA program may set through enterprise policy (docs/ADMIN.md). Chrome reads the
    // schema; Firefox takes the same keys from policies.json's "3rdparty" section without one.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // No other extension and no web page may message this one (Chrome; Firefox has no such key).
    ...(browser !== 'firefox' && { externally_connectable: { ids: [] } }),
    commands: {
      _execute_action: {
        suggested_key: { default: SUGGESTED_SHORTCUTS.openPopup },
        description: '__MSG_cmdOpenGuide__',
      },
      [OPEN_PLANS_COMMAND]: {
        suggested_key: { default: SUGGESTED_SHORTCUTS.openPlans },
        description: '__MSG_cmdOpenPlans__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'csec-casa-guide@local',
          // Firefox 140 is the first to read data_collection_permissions; we collect nothing.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // …and Firefox for Android 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // WXT takes Firefox's sidebar title from the page's <title>, in English: in the browser's
    // language instead (the background then follows the interface's, utils/language.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_panel_title__';
    },
  },
  webExt: {
    // `npm run dev` opens a Chromium that accepts unpacked extensions (see scripts/find-chromium.ts).
    binaries: chromium ? { chrome: chromium } : undefined,
    chromiumArgs: runningAsRoot ? ['--no-sandbox'] : [],
  },
});
