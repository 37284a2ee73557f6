import type { GuideEntry } from '@/content';

/**
 * `entry` as an entry with no Spanish: every guide entry has its Spanish now, but a line a
 * program adds through browser policy (utils/program) has none, so the English fallback stays.
 */
export const englishOnly = (entry: GuideEntry): GuideEntry => ({ ...entry, es: undefined, esWords: undefined });

/** The guide with the entry `id` as English-only. */
export const guideWithEnglishOnly = (guide: readonly GuideEntry[], id: string): GuideEntry[] =>
  guide.map((e) => (e.id === id ? englishOnly(e) : e));
