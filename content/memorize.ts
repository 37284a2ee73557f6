import { hotlineLine } from './lines';
import type { EntryLine, GuideEntry } from './schema';

/**
 * The handout's "encourage youth to memorize these", in its order. The three numbers it gives
 * no value for are left blank (contacts.md: never hard-coded); the four national lines carry
 * their own entries' contact details, so the copied message and a new safety plan's
 * "numbers to memorize" (utils/plans/model.ts) both come from resources.ts and cannot drift.
 */
export const numbersToMemorizeLines: readonly EntryLine[] = [
  { name: 'Social worker (CSW)' },
  { name: 'DCFS Command Post', note: 'ask your CASA supervisor for this number' },
  { name: 'CASA' },
  hotlineLine('hotline-human-trafficking', 'National Human Trafficking Hotline'),
  hotlineLine('hotline-love-is-respect', 'love is respect — dating abuse'),
  hotlineLine('hotline-rainn', 'RAINN'),
  hotlineLine('hotline-runaway-safeline', 'National Runaway Safeline'),
];

export const numbersToMemorize: GuideEntry = {
  id: 'resources-numbers-to-memorize',
  kind: 'action',
  title: 'Numbers youth should memorize',
  body:
    "Encourage youth to memorize these: their social worker's number, the DCFS Command Post, their CASA's number, " +
    'the National Human Trafficking Hotline, love is respect (teen dating abuse), RAINN and the National Runaway Safeline. ' +
    'The handout does not explain the DCFS Command Post or give its number: ask your CASA supervisor.',
  lines: numbersToMemorizeLines,
  tags: ['memorize', 'numbers'],
  synonyms: ['memorize', 'phone numbers', 'command post', 'dcfs command post', 'social worker number', 'casa number', 'wallet card'],
  source: { type: 'seed', section: 'resources' },
  related: ['term-csw', 'term-dcfs'],
};
