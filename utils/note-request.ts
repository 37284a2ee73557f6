import type { browser as Browser } from 'wxt/browser';
import { storedItem } from './stored-item';
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
export const noteRequest = storedItem<NoteRequest | null>('session:noteRequest', null);

/** The panel's address for a browser without a side panel: the entry id in its hash. */
export const noteHash = (entryId: string) => `#note=${encodeURIComponent(entryId)}`;

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
