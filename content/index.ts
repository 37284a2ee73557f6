import {
  advocacy,
  approach,
  avoid,
  confidentiality,
  harmReduction,
  informationGathering,
  numbersToKnow,
  services,
  stayInvolved,
} from './advocacy';
import { facts, law, myths, reminders } from './facts';
import { phrasings } from './phrasings';
import { recruitmentMethods, traffickerTactics } from './recruitment';
import { redFlags } from './red-flags';
import { addedLines, nationalLines, seedOnlyResources } from './resources';
import type { GuideEntry } from './schema';
import { selfCare } from './self-care';

export * from './schema';

/**
 * The whole guide, in the order a reader meets it: what to reach for first, then what to
 * notice, then what to do. Search results fall back to this order on ties.
 */
export const guide: readonly GuideEntry[] = [
  ...nationalLines,
  ...addedLines,
  ...numbersToKnow,
  ...seedOnlyResources,
  ...redFlags,
  ...recruitmentMethods,
  ...traffickerTactics,
  ...phrasings,
  ...informationGathering,
  ...approach,
  ...advocacy,
  ...services,
  ...harmReduction,
  ...avoid,
  ...confidentiality,
  ...stayInvolved,
  ...selfCare,
  ...facts,
  ...myths,
  ...law,
  ...reminders,
];
