import { storage } from 'wxt/utils/storage';

/** Text the background could not insert (it cannot use the clipboard), for the popup to copy. */
export interface PendingCopy {
  text: string;
  why: string;
}

/** Session-only: shown by the next popup, then cleared. */
export const pendingCopy = storage.defineItem<PendingCopy | null>('session:pendingCopy', { fallback: null });
