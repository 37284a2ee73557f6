import type { GuideEntry } from '@/content';
import { readGuideData, type GuideData } from '@/utils/guide-data';

let data: GuideData | undefined;
let byId: Map<string, GuideEntry> | undefined;

/** The guide inlined in sidepanel.html (utils/guide-data.ts), parsed the first time it is needed, not at start-up. */
export function panelGuideData(): GuideData {
  data ??= readGuideData();
  return data;
}

/** A built-in guide entry by id: the tips beside each plan section. */
export function guideEntry(id: string): GuideEntry | undefined {
  byId ??= new Map(panelGuideData().entries.map((e) => [e.id, e]));
  return byId.get(id);
}
