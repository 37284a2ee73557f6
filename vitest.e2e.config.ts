import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (`npm run e2e` builds it first).
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A poll reads the page; on a loaded 2-core CI machine a popup's first seconds can hold its
    // main thread past the 1 s default before the first read even answers (a CI run failed so).
    expect: { poll: { timeout: 5_000 } },
    // Each file launches its own browser; two at once is what a 2-core CI machine takes.
    maxWorkers: 2,
  },
});
