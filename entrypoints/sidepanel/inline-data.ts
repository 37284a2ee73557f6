import { guideData } from '@/content/data';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { GUIDE_DATA_ID, serializeGuideData, UI_STRINGS_ID } from '@/utils/guide-data';

/** The guide, inlined into sidepanel.html at build time and read by its Guide tab (utils/guide-data.ts). */
export function inlineData(): Record<string, string> {
  // Both languages: the panel follows the language setting while it is open.
  return { [GUIDE_DATA_ID]: serializeGuideData(guideData), [UI_STRINGS_ID]: JSON.stringify({ en, es }).replace(/</g, '\\u003c') };
}
