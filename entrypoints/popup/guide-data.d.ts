/** The guide as data, built by scripts/prerender-plugin.ts (guideDataModule): its own chunk, loaded after the first paint. */
declare module 'virtual:guide-data' {
  const data: import('@/utils/guide-data').GuideData;
  export default data;
}
