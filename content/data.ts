import type { GuideData } from '@/utils/guide-data';
// From '@/content' (not './index'), so `npm run bench` can put its 10× guide in its place.
import { crisisCard, glossaryGuidance, guide } from '@/content';
import { CRISIS_CARD_ES } from '@/content/es';
import { lexiconData } from '@/content/lexicon';

/** The whole guide as one value, for pages that receive it as JSON (the popup's `virtual:guide-data`). */
export const guideData: GuideData = {
  entries: [...guide],
  crisisCard,
  glossaryGuidance,
  lexicon: lexiconData,
  crisisCardEs: CRISIS_CARD_ES,
};
