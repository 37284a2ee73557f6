import type { GuideEntry } from '../schema';
import { controlTerms } from './words-control';
import { lifeTerms } from './words-life';
import { recruitingTerms } from './words-recruiting';
import { systemTerms } from './words-system';

export { glossaryGuidance, type GlossaryGuidance } from './guidance';

/** Words youth, exploiters and case files use: one entry per term of docs/sources/glossary.md, in its order. */
export const glossary: GuideEntry[] = [...lifeTerms, ...controlTerms, ...recruitingTerms, ...systemTerms];
