/**
 * Build-time prerendering: the popup's first screen (focused search box and hotlines) is
 * rendered to static HTML when the extension is built, with its CSS inlined, so it paints
 * before any JavaScript or stylesheet loads; Preact then hydrates it. `npm run bench` shows
 * why: an extension page that runs its bundle before painting takes twice a blank page's time.
 */
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { createServer, type Alias, type Plugin } from 'vite';

/** What a page's build-time module may export. */
interface PageModule {
  /** The page's first screen, as HTML, put into its `<div id="app">`. */
  render?: () => string;
  /** Data the page reads at start-up, inlined as `<script type="application/json">` elements, by id. */
  inlineData?: () => Record<string, string>;
}

/** Runs `use` on `path` loaded at build time, with the build's aliases (the bench's 10× guide). */
async function withBuildTimeModule<M, T>(root: string, alias: Alias[], path: string, use: (module: M) => T): Promise<T> {
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
    return use((await server.ssrLoadModule(path)) as M);
  } finally {
    await server.close();
  }
}

/** The import that gives a page the guide as data (see guideDataModule). */
export const GUIDE_DATA_MODULE = 'virtual:guide-data';

/** The import that gives the side panel and print pages the interface's words (see uiCatalogsModule). */
export const UI_CATALOGS_MODULE = 'virtual:ui-catalogs';

/**
 * A virtual module `name` whose default export is `json()` parsed with JSON.parse: data, not
 * code, in its own chunk. Parsing JSON is several times faster than compiling the same object
 * literals (which is what a plain JSON import becomes).
 */
function jsonModule(name: string, json: () => string | Promise<string>): Plugin {
  const id = `\0${name}`;
  return {
    name: `csec:${name}`,
    resolveId: (source) => (source === name ? id : undefined),
    async load(loaded) {
      if (loaded !== id) return undefined;
      return `export default JSON.parse(${JSON.stringify(await json())});\n`;
    },
  };
}

/**
 * `virtual:guide-data`: the guide (chunks/guide-data-….js), built at build time from
 * `module`'s `guideData`. It is not in the popup's HTML: 470 KB of JSON there held back the
 * popup's first paint, which the browser parses (all of it) before it shows anything; the chunk
 * is loaded after that paint.
 */
export function guideDataModule(root: string, module: string, alias: Alias[] = []): Plugin {
  return jsonModule(GUIDE_DATA_MODULE, () =>
    withBuildTimeModule(root, alias, module, (m: { guideData: unknown }) => JSON.stringify(m.guideData)),
  );
}

/**
 * `virtual:ui-catalogs`: the interface's words in both languages (public/_locales), for the
 * pages that follow the language setting while open. Inlined into their HTML (104 KB of JSON)
 * they held the side panel's parsing back by ≈ 40 ms; as a chunk they load with its code.
 */
export function uiCatalogsModule(root: string): Plugin {
  const catalog = (lang: string) => JSON.parse(readFileSync(`${root}/public/_locales/${lang}/messages.json`, 'utf8')) as unknown;
  return jsonModule(UI_CATALOGS_MODULE, () => JSON.stringify({ en: catalog('en'), es: catalog('es') }));
}

/**
 * `pages` maps an HTML entry (path ending) to a module run at build time (see PageModule), or
 * to null for a page that only gets its CSS inlined and the empty loader dropped.
 * `alias` is the build's own aliases, so the bench's 10× guide is the one rendered.
 */
export function prerender(root: string, pages: Record<string, string | null>, alias: Alias[] = []): Plugin[] {
  const pageFor = (filename: string) => Object.keys(pages).find((suffix) => filename.endsWith(suffix));
  /** The pages whose first screen is in their HTML. */
  const prerendered = new Set<string>();
  const renderPage: Plugin = {
    name: 'csec:prerender',
    apply: 'build',
    async transformIndexHtml(html, ctx) {
      const page = pageFor(ctx.filename);
      const module = page && pages[page];
      if (!module) return html;
      return withBuildTimeModule(root, alias, module, (module: PageModule) => {
        if (module.render) prerendered.add(ctx.filename);
        let out = module.render ? html.replace('<div id="app"></div>', `<div id="app">${module.render()}</div>`) : html;
        // After the app's markup, before any script: it is read when the script starts.
        const data = Object.entries(module.inlineData?.() ?? {})
          .map(([id, json]) => `<script type="application/json" id="${id}">${json}</script>`)
          .join('');
        if (data) out = out.replace('</body>', `${data}</body>`);
        return out;
      });
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
  // A prerendered page's scripts are async: the browser fires DOMContentLoaded, focuses the
  // search box (autofocus) and paints without first fetching and running them (≈ 40 ms sooner
  // on a 2-core machine, `npm run bench`). Its entry waits for the parse itself.
  const asyncScripts: Plugin = {
    name: 'csec:async-prerendered-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        prerendered.has(ctx.filename) ? html.replace(/<script type="module"(?! async)/g, '<script type="module" async') : html,
    },
  };
  return [dropEmptyPluginLoader, renderPage, inlineCss, asyncScripts];
}
