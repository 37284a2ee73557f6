import { guide } from '@/content';
import { newObservation, type Observation, type ObservationData } from '@/utils/plans/observation-model';

let made = 0;

/** An observation of plan "p" with `data` (dates default to 2026-03-03). */
export function observation(data: ObservationData, createdAt = ++made): Observation {
  return newObservation(`o${createdAt}`, 'p', { observedOn: '2026-03-03', writtenOn: '2026-03-03', ...data }, createdAt);
}

/** The guide's neutral wording of a red flag (content/red-flags.ts), as the panel passes it. */
export const wording = (id: string) => guide.find((e) => e.id === id)?.observed;

/** Every red-flag entry of the guide. */
export const redFlagEntries = guide.filter((e) => e.kind === 'red-flag');
