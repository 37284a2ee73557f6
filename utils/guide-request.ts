import { storedItem } from './stored-item';
import type { browser as Browser } from 'wxt/browser';
import { openPlansPanel } from './side-panel';

/** Something to show in the panel's Guide tab: a search, or one entry. */
export interface GuideRequest {
  query?: string;
  entryId?: string;
  /** When it was asked for, so asking twice for the same thing still shows it. */
  at: number;
}

/** Session-only (memory, hidden from content scripts): the panel reads it when it opens. */
export const guideRequest = storedItem<GuideRequest | null>('session:guideRequest', null);

/**
 * Opens the guide in the side panel with `request` (right-click search, omnibox). The panel is
 * opened first and synchronously, inside the user's gesture; a new tab is the fallback.
 */
export function openGuideWith(
  browser: typeof Browser,
  windowId: number | undefined,
  request: Omit<GuideRequest, 'at'>,
  now = Date.now(),
): void {
  const opening = openPlansPanel(browser, windowId);
  void guideRequest.setValue({ ...request, at: now });
  opening.catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }));
}
