/**
 * The side panel's page at build time (scripts/prerender-plugin.ts): nothing is inlined. Its
 * guide data is not in the HTML (as the popup's is) but in the Guide tab's chunk, loaded once
 * the plans are on screen: 170 KB of JSON in the page held back the first script by ~5 ms.
 */
export function inlineData(): Record<string, string> {
  return {};
}
