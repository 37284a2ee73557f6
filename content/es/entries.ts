import { REPORTING_ES } from './crisis-reporting';
import { URGENT_ES } from './crisis-urgent';
import { MEMORIZE_ES } from './memorize';
import { PHRASINGS_ES } from './phrasings';
import { ADDED_LINES_ES, NATIONAL_LINES_ES } from './resources';
import { SEED_ONLY_RESOURCES_ES } from './resources-seed-only';
import type { EntryEs } from './types';

/**
 * The Spanish version of every youth-facing entry, by the English entry's id: the phrasings,
 * every hotline and resource, the crisis entries and the numbers to memorize.
 * tests/content-es.test.ts holds each one to its English entry.
 */
export const ENTRIES_ES: Readonly<Record<string, EntryEs>> = {
  ...NATIONAL_LINES_ES,
  ...ADDED_LINES_ES,
  ...URGENT_ES,
  ...REPORTING_ES,
  'resources-numbers-to-memorize': MEMORIZE_ES,
  ...SEED_ONLY_RESOURCES_ES,
  ...PHRASINGS_ES,
};
