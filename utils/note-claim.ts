import { onMessage } from './messaging';

/**
 * Which “Note this” requests a side panel has taken. Every open panel (one per window, or a
 * panel opened as a tab) hears the popup's request at the same moment; each asks the
 * background, and only the first to ask acts on it, so one press makes one observation.
 */
export function createNoteClaims(limit = 50): (at: number, entryId: string) => boolean {
  const taken: string[] = [];
  return (at, entryId) => {
    const key = `${at} ${entryId}`;
    if (taken.includes(key)) return false;
    taken.push(key);
    // Only the last few matter: a request older than two minutes is refused anyway.
    if (taken.length > limit) taken.shift();
    return true;
  };
}

/** Background: answers the panels' `claimNote`. */
export function registerNoteClaims(): void {
  const claim = createNoteClaims();
  onMessage('claimNote', ({ data }) => claim(data.at, data.entryId));
}
