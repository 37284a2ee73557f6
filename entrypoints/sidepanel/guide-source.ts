import type { GuideEntry } from '@/content';
import { guideData } from '@/content/data';

let byId: Map<string, GuideEntry> | undefined;

/**
 * A guide entry by id: the tips beside each plan section. The guide itself is in the Guide
 * tab's chunk (this module is part of it), loaded after the plans are on screen.
 */
export function guideEntry(id: string): GuideEntry | undefined {
  byId ??= new Map(guideData.entries.map((e) => [e.id, e]));
  return byId.get(id);
}
