import { guideData } from '@/content/data';
import { GUIDE_DATA_ID, serializeGuideData } from '@/utils/guide-data';

/** The guide, inlined into sidepanel.html at build time and read by its Guide tab (utils/guide-data.ts). */
export function inlineData(): Record<string, string> {
  return { [GUIDE_DATA_ID]: serializeGuideData(guideData) };
}
