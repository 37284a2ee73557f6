import { describe, expect, it } from 'vitest';
import { pageScriptBytes, POPUP_JS_BUDGET_BYTES } from '../../scripts/bundle-size.ts';
import { EXTENSION_DIR } from './fixtures.ts';

describe('size budget', () => {
  it(`keeps the popup's JavaScript within ${POPUP_JS_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const bytes = pageScriptBytes(EXTENSION_DIR);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(POPUP_JS_BUDGET_BYTES);
  });
});
