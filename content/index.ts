import { advocacy, approach, avoid, confidentiality, harmReduction, informationGathering, services, stayInvolved } from './advocacy';
import { crisisEntries } from './crisis';
import { facts, law, myths, reminders } from './facts';
import { glossary } from './glossary';
import { numbersToMemorize } from './memorize';
import { phrasings } from './phrasings';
import { recruitmentMethods, traffickerTactics } from './recruitment';
import { redFlags } from './red-flags';
import { addedLines, nationalLines, seedOnlyResources } from './resources';
import type { GuideEntry } from './schema';
import { selfCare } from './self-care';
import { TYPED_WORDS } from './typed-words';

export * from './schema';
export { crisisCard, type CrisisCard, type CrisisCardRow } from './crisis';
export { glossaryGuidance, type GlossaryGuidance } from './glossary';

/**
 * The whole guide, in the order a reader meets it: whom to call and what to do when it
 * can't wait, then what to notice, then what to do; the glossary last. Search results fall back to
 * this order on ties.
 */
export const guide: readonly GuideEntry[] = withTypedWords([
  ...nationalLines,
  ...addedLines,
  ...crisisEntries,
  numbersToMemorize,
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
  ...glossary,
]);

/** Each entry with the words advocates type for it (content/typed-words.ts) among its synonyms. */
function withTypedWords(entries: GuideEntry[]): GuideEntry[] {
  return entries.map((e) => (TYPED_WORDS[e.id] ? { ...e, synonyms: [...e.synonyms, ...(TYPED_WORDS[e.id] ?? [])] } : e));
}
