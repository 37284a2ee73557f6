/** The interface's words in both languages, built by scripts/prerender-plugin.ts (uiCatalogsModule): their own chunk. */
declare module 'virtual:ui-catalogs' {
  const catalogs: Record<import('@/utils/i18n').Lang, import('@/utils/i18n').Catalog>;
  export default catalogs;
}
