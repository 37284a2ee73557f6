import { noteRequestFromHash } from '@/utils/note-request-accept';
import { linkedPlanOf } from './boot';

/**
 * What the side panel's own address asks for: #plan=<id> opens that plan (tests, the
 * benchmark), &view=observations its observations, &observation=<id> one of them;
 * #note=<red-flag id> notes it (a panel opened as a tab); #tab=settings opens on Settings (the
 * browser's Options for the extension, entrypoints/options).
 */
const linked = new URLSearchParams(location.hash.slice(1));
export const { planId: linkedPlanId, observations: linkedObservations } = linkedPlanOf(location.hash);
export const linkedNote = noteRequestFromHash(location.hash, Date.now());
// Taken once: a reload of the tab must not note the flag again.
if (linkedNote) history.replaceState(null, '', location.pathname + location.search);
export const linkedSettings = linked.get('tab') === 'settings';

/**
 * The observation the address names was not found (deleted since): it is left out of the
 * address, so a reload, or the plans shown again after the lock, do not look for it again.
 */
export function forgetLinkedObservation(): void {
  if (linkedObservations) linkedObservations.observationId = undefined;
  const now = new URLSearchParams(location.hash.slice(1));
  now.delete('observation');
  history.replaceState(null, '', `${location.pathname}${location.search}${now.size ? `#${now}` : ''}`);
}
