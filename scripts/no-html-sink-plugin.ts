/**
 * Preact renders `dangerouslySetInnerHTML` through an `innerHTML` assignment. This project
 * never uses that prop (ESLint forbids it), so the build replaces the assignment with an
 * error: no HTML sink ships at all, and Firefox's add-on linter has nothing to warn about.
 * If a Preact update changes the code, the build fails here rather than silently ship it.
 */
import type { Plugin } from 'vite';

const SINK = /\(\s*([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\s*\)/g;

export function removePreactHtmlSink(): Plugin {
  return {
    name: 'csec:no-preact-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(m?js|module\.js)$/.test(id)) return undefined;
      const replaced = code.replace(SINK, '(() => { throw new Error("HTML rendering is disabled in this extension."); })()');
      if (replaced === code) this.error('Preact’s innerHTML path was not found: update scripts/no-html-sink-plugin.ts.');
      return { code: replaced, map: null };
    },
  };
}
