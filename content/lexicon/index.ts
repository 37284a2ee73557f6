import { compileLexicon, type LexiconData } from '@/utils/search/lexicon';
import { CRISIS_SIGNALS } from './crisis-signals';
import { INTENT_RULES } from './intents';
import { RELATED_WORDS } from './related-words';
import {
  DICTATED,
  ADULT_AGE,
  PERSON_WORDS,
  SPANISH_MARKERS,
  SPANISH_SMALL_WORDS,
  SHORTHAND,
  SPELLED_RIGHT,
  STOPWORDS,
  YOUTH_WORDS,
} from './stopwords';

/** Everything the search knows of language (utils/search/lexicon.ts), as data. */
export const lexiconData: LexiconData = {
  stopwords: STOPWORDS,
  spanish: { markers: SPANISH_MARKERS, smallWords: SPANISH_SMALL_WORDS },
  personWords: PERSON_WORDS,
  youthWords: YOUTH_WORDS,
  related: RELATED_WORDS,
  intents: INTENT_RULES,
  crisis: CRISIS_SIGNALS,
  spelledRight: SPELLED_RIGHT,
  shorthand: SHORTHAND,
  dictated: DICTATED,
  adultAge: ADULT_AGE,
};

/** Compiled, for code that bundles the guide itself (the background, tests); pages get the data as JSON (virtual:guide-data). */
export const lexicon = compileLexicon(lexiconData);
