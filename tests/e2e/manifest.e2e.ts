import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './fixtures.ts';

/** Every permission the extension may ask for, and why. Anything else fails the build's tests. */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'pinned and recently used guide entries; session hand-offs between background and pages',
  unlimitedStorage: 'safety plans are never evicted',
  contextMenus: 'right-click menus: insert, search the selection, open safety plans',
  activeTab: 'insert into the page the user is on, only after they act',
  scripting: 'run the insertion function in that page',
  sidePanel: 'the safety-plan side panel (Chrome)',
  idle: 'auto-lock of plans after inactivity and when the screen locks',
};

describe('the shipped manifest asks for no more than it uses', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('has only allow-listed permissions', () => {
    for (const permission of manifest.permissions ?? []) expect(Object.keys(ALLOWED_PERMISSIONS)).toContain(permission);
  });

  it('has no host permissions, no content scripts and no web-accessible resources', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('lets no other extension or web page message it', () => {
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });

  it('forbids every connection and every HTML sink in its pages (CSP, Trusted Types)', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|wasm-unsafe-eval/);
  });
});
