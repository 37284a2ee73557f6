import type { Plugin } from 'vite';

/**
 * Preloads, from a page's HTML, a module the page imports dynamically (and its chunks), so it
 * downloads while the page's first module runs. The side panel's first module asks the
 * background for the plans and only then imports the app: with this, the app's code arrives
 * in parallel instead of after (`npm run bench`, side panel ready).
 */
export function preloadDynamicImport(htmlSuffix: string, moduleSuffix: string): Plugin {
  return {
    name: 'csec:preload-dynamic-import',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith(htmlSuffix) || !ctx.bundle) return html;
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(moduleSuffix));
        if (chunk?.type !== 'chunk') throw new Error(`No chunk for ${moduleSuffix}, imported by ${htmlSuffix}.`);
        const links = [chunk.fileName, ...chunk.imports]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join('');
        return html.replace('</head>', `${links}</head>`);
      },
    },
  };
}
