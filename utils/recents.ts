import { storedItem } from './stored-item';

/** How many recently used entries the right-click menu offers. */
export const MAX_RECENT = 5;

/**
 * Ids of guide entries recently copied or inserted, newest first (public guide ids only,
 * never the text that was sent, never fill-in values).
 */
export const recentEntryIds = storedItem<string[]>('local:recentEntryIds', []);

export function withRecent(ids: readonly string[], id: string): string[] {
  return [id, ...ids.filter((x) => x !== id)].slice(0, MAX_RECENT);
}

/** Records that an entry's message was just copied or inserted. */
export async function rememberUse(entryId: string): Promise<void> {
  await recentEntryIds.setValue(withRecent(await recentEntryIds.getValue(), entryId));
}
