/**
 * Build-time prerendering: the popup's first screen (focused search box and hotlines) is
 * rendered to static HTML when the extension is built, with its CSS inlined, so it paints
 * before any JavaScript or stylesheet loads; Preact then hydrates it. `npm run bench` shows
 * why: an extension page that runs its bundle before painting takes twice a blank page's time.
 */
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';

/** `pages` maps an HTML entry (path ending) to a module whose `render()` returns its markup. */
export function prerender(root: string, pages: Record<string, string>): Plugin[] {
  const pageFor = (filename: string) => Object.keys(pages).find((suffix) => filename.endsWith(suffix));
  const renderPage: Plugin = {
    name: 'csec:prerender',
    apply: 'build',
    async transformIndexHtml(html, ctx) {
      const page = pageFor(ctx.filename);
      if (!page) return html;
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        resolve: { alias: { '@': root } },
        plugins: [preact({ prefreshEnabled: false })],
      });
      try {
        const module = (await server.ssrLoadModule(pages[page] as string)) as { render: () => string };
        return html.replace('<div id="app"></div>', `<div id="app">${module.render()}</div>`);
      } finally {
        await server.close();
      }
    },
  };
  // A <style> needs no request, and stylesheets otherwise hold back the first paint.
  const inlined = new Set<string>();
  const inlineCss: Plugin = {
    name: 'csec:inline-css',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Drop a stylesheet only when no other page (the side panel, say) still links it.
        const html = Object.values(bundle)
          .filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'))
          .map((f) => String((f as { source: unknown }).source));
        for (const file of inlined) if (!html.some((page) => page.includes(file))) delete bundle[file];
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!pageFor(ctx.filename) || !ctx.bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          inlined.add(file);
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
  // WXT adds a loader for WXT runtime plugins to every page. This project has none, and shared
  // by every page the loader becomes an empty chunk a prerendered page must fetch before its
  // script can run. Runs after WXT's own 'pre' transform (plugin order).
  const dropEmptyPluginLoader: Plugin = {
    name: 'csec:drop-wxt-plugin-loader',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        pageFor(ctx.filename) ? html.replace(/<script[^>]*src="virtual:wxt-html-plugins"[^>]*><\/script>\s*/, '') : html,
    },
  };
  return [dropEmptyPluginLoader, renderPage, inlineCss];
}
