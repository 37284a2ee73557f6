import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project's own source never renders data as HTML, never evaluates strings as code, never
 * opens a network connection and never listens to other extensions. (Preact's runtime has an
 * innerHTML path for dangerouslySetInnerHTML; that is why the source is checked, not the bundle.)
 */
const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'content'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

describe('source safety', () => {
  it('reads some source', () => expect(files.length).toBeGreaterThan(40));

  it.each([
    ['HTML sinks', /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|DOMParser|createContextualFragment/],
    ['string evaluation', /\beval\(|new Function\(|setTimeout\(\s*['"`]|setInterval\(\s*['"`]/],
    ['network access', /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(|navigator\.connection/],
    ['listeners for other extensions or sites', /onMessageExternal|onConnectExternal/],
    ['plan data in storage.local', /local:plan|storage\.local\.set/],
  ])('has no %s', (_name, pattern) => {
    const offending = files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(offending).toEqual([]);
  });
});
