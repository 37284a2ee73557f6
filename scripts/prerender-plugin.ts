/**
 * Build-time prerendering: the popup's first screen (focused search box and hotlines) is
 * rendered to static HTML when the extension is built, with its CSS inlined, so it paints
 * before any JavaScript or stylesheet loads; Preact then hydrates it. `npm run bench` shows
 * why: an extension page that runs its bundle before painting takes twice a blank page's time.
 */
import preact from '@preact/preset-vite';
import { createServer, type Alias, type Plugin } from 'vite';

/** What a page's build-time module may export. */
interface PageModule {
  /** The page's first screen, as HTML, put into its `<div id="app">`. */
  render?: () => string;
  /** Data the page reads at start-up, inlined as `<script type="application/json">` elements, by id. */
  inlineData?: () => Record<string, string>;
}

/**
 * `pages` maps an HTML entry (path ending) to a module run at build time (see PageModule).
 * `alias` is the build's own aliases, so the bench's 10× guide is the one inlined.
 */
export function prerender(root: string, pages: Record<string, string>, alias: Alias[] = []): Plugin[] {
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
        resolve: { alias: [...alias, { find: '@', replacement: root }] },
        plugins: [preact({ prefreshEnabled: false })],
      });
      try {
        const module = (await server.ssrLoadModule(pages[page] as string)) as PageModule;
        let out = module.render ? html.replace('<div id="app"></div>', `<div id="app">${module.render()}</div>`) : html;
        // After the app's markup, before any script: it is read when the script starts.
        const data = Object.entries(module.inlineData?.() ?? {})
          .map(([id, json]) => `<script type="application/json" id="${id}">${json}</script>`)
          .join('');
        if (data) out = out.replace('</body>', `${data}</body>`);
        return out;
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
