import { storedItem } from './stored-item';

/**
 * Ids of the guide entries the advocate pinned, shown under the hotlines on the empty query.
 * Guide entries are public text, so storage.local is fine here (plan data never goes there).
 */
export const pinnedEntryIds = storedItem<string[]>('local:pinnedEntryIds', []);

/** `ids` with `id` added at the end, or removed if it was there. */
export function togglePinnedId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
