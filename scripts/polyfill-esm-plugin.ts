/**
 * webextension-polyfill, handed over as the object it is. It ships as UMD, so the bundler
 * imports it as CommonJS, and its interop for a default import copies every own property of
 * what the module exports into a new object, reading each property's descriptor. Where the
 * browser has its own `browser` (Firefox; Chromium since about version 140), the polyfill
 * exports that very object, and in Chromium reading a descriptor of it builds that API's
 * bindings: all sixteen namespaces, on every page that loads, whether used or not (1–50 ms a
 * page measured in Chromium 156 on a 2-core machine, 50 in the first page of a process).
 * Wrapped as an ES module whose default export is the polyfill's `module.exports`, nothing is
 * copied. The polyfill's own code is unchanged: its UMD header takes the CommonJS branch.
 */
import type { Plugin } from 'vite';

const POLYFILL = /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

export function polyfillAsEsModule(): Plugin {
  return {
    name: 'csec:polyfill-as-es-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id)) return undefined;
      if (!code.includes('typeof exports !== "undefined"'))
        this.error('The polyfill’s UMD header changed: update scripts/polyfill-esm-plugin.ts.');
      return {
        code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
