import type { browser as Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { openPlansPanel } from './side-panel';

/**
 * "Note this" on a red flag, handed from the popup (or a panel opened as a tab) to the side
 * panel: the guide entry's id and when it was asked for — never plan data. The popup has no
 * plan port and writes nothing; the panel decides which plan, and writes through its own.
 */
export interface NoteRequest {
  entryId: string;
  at: number;
}

/** Session-only (memory, hidden from content scripts): the panel reads it when it opens, then clears it. */
export const noteRequest = storage.defineItem<NoteRequest | null>('session:noteRequest', { fallback: null });

/** A press this old is not acted on by a panel opened later: the moment has passed. */
export const NOTE_REQUEST_TTL_MS = 2 * 60_000;

/** The panel's address for a browser without a side panel: the entry id in its hash. */
export const noteHash = (entryId: string) => `#note=${encodeURIComponent(entryId)}`;

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

/**
 * Opens the side panel on the current plan's observations with `entryId` ticked. The panel is
 * opened synchronously, inside the user's gesture; a tab of the panel is the fallback.
 * Resolves once the request is stored and the panel is on its way.
 */
export function openPanelToNote(browser: typeof Browser, windowId: number | undefined, entryId: string, now = Date.now()): Promise<void> {
  const stored = noteRequest.setValue({ entryId, at: now });
  const opening = openPlansPanel(browser, windowId).catch(() =>
    browser.tabs.create({ url: `${browser.runtime.getURL('/sidepanel.html')}${noteHash(entryId)}` }),
  );
  return Promise.all([stored, opening]).then(() => {});
}
