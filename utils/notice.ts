import { storedItem } from './stored-item';

/** Text the background could not insert (it cannot use the clipboard), for the popup to copy. */
export interface PendingCopy {
  text: string;
  why: string;
}

/** Session-only: shown by the next popup, then cleared. */
export const pendingCopy = storedItem<PendingCopy | null>('session:pendingCopy', null);
