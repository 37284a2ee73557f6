import { t } from '@/utils/i18n';

/** "1 red flag", "3 red flags" (Spanish counts the same way: one, else many). */
export const redFlagCount = (n: number): string => (n === 1 ? t('obs_red_flags_one') : t('obs_red_flags', n));

/** "1 observation", "3 observations" */
export const observationCount = (n: number): string => (n === 1 ? t('obs_observations_one') : t('obs_observations', n));
