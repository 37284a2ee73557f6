import type { NoteRequest } from './note-request';

/**
 * The panel's side of "Note this" (the popup's is note-request.ts): which requests it acts on.
 * Kept apart so the popup, which shares a script chunk with the panel, does not load it.
 */

/** A press this old is not acted on by a panel opened later: the moment has passed. */
export const NOTE_REQUEST_TTL_MS = 2 * 60_000;

/** A request the panel may act on: well formed, for one of `isFlag`'s entries, and recent; otherwise null. */
export function acceptNoteRequest(value: unknown, isFlag: (id: string) => boolean, now: number): NoteRequest | null {
  const r = value as Partial<NoteRequest> | null;
  if (!r || typeof r.entryId !== 'string' || typeof r.at !== 'number' || !isFlag(r.entryId)) return null;
  return now - r.at <= NOTE_REQUEST_TTL_MS && r.at <= now + 5_000 ? { entryId: r.entryId, at: r.at } : null;
}

/** The entry id in the panel's own address (`#note=…`), as a request made now. */
export function noteRequestFromHash(hash: string, now: number): NoteRequest | null {
  const entryId = new URLSearchParams(hash.replace(/^#/, '')).get('note');
  return entryId ? { entryId, at: now } : null;
}
