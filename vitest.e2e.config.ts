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
    // Each file launches its own browser; two at once is what a 2-core CI machine takes.
    maxWorkers: 2,
  },
});
