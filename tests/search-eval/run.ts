/**
 * The evaluation as one call, for `npm run bench` (bundled by scripts/bench/search-quality.ts):
 * the guide's search, and beside it a baseline measured in the same run — plain fuse.js over
 * each entry's whole text, the obvious way to search a guide like this one.
 */
import Fuse from 'fuse.js/basic';
import { guide, type GuideEntry } from '@/content';
import { createGuideSearch, type GuideSearch } from '@/utils/search';
import { evaluate, type EvalQuery, type Report } from './evaluate';
import en from './queries.json';
import es from './queries-es.json';
import enExtra from './queries-extra.json';
import esExtra from './queries-extra-es.json';
import enCrisis from './queries-extra-crisis.json';
import esCrisis from './queries-extra-crisis-es.json';
import enRound3 from './queries-extra-round3.json';
import enRound4 from './queries-extra-round4.json';
import esRound4 from './queries-extra-round4-es.json';
import enRound5 from './queries-extra-round5.json';
import esRound5 from './queries-extra-round5-es.json';
import enRound6 from './queries-extra-round6.json';
import enRound7 from './queries-extra-round7.json';
import esRound7 from './queries-extra-round7-es.json';
import enRound8 from './queries-extra-round8.json';
import esRound8 from './queries-extra-round8-es.json';
import enRound9 from './queries-extra-round9.json';
import esRound9 from './queries-extra-round9-es.json';
import enRound10 from './queries-extra-round10.json';
import esRound10 from './queries-extra-round10-es.json';
import enRound11 from './queries-extra-round11.json';
import esRound11 from './queries-extra-round11-es.json';
import enRound12 from './queries-extra-round12.json';
import esRound12 from './queries-extra-round12-es.json';
import enRound13 from './queries-extra-round13.json';
import esRound13 from './queries-extra-round13-es.json';
import enRound14 from './queries-extra-round14.json';
import esRound14 from './queries-extra-round14-es.json';
import enRound15 from './queries-extra-round15.json';
import esRound15 from './queries-extra-round15-es.json';
import enRound16 from './queries-extra-round16.json';
import esRound16 from './queries-extra-round16-es.json';
import enRound17 from './queries-extra-round17.json';
import esRound17 from './queries-extra-round17-es.json';
import enRound18 from './queries-extra-round18.json';
import esRound18 from './queries-extra-round18-es.json';
import enRound19 from './queries-extra-round19.json';
import esRound19 from './queries-extra-round19-es.json';
import enRound20 from './queries-extra-round20.json';
import esRound20 from './queries-extra-round20-es.json';
import enRound21 from './queries-extra-round21.json';
import esRound21 from './queries-extra-round21-es.json';
import enHeldOut from './queries-heldout2.json';
import esHeldOut from './queries-heldout2-es.json';
import { lexicon } from '@/content/lexicon';

export const QUERIES = { en: en as EvalQuery[], es: es as EvalQuery[] };
/** The sets written blind later (README): tuning, but for the fourteenth to nineteenth sets' held-out quarters. */
export const LATER_SETS = {
  'second set': { en: enExtra as EvalQuery[], es: esExtra as EvalQuery[] },
  'crisis set': { en: enCrisis as EvalQuery[], es: esCrisis as EvalQuery[] },
  'third set': { en: enRound3 as EvalQuery[], es: [] as EvalQuery[] },
  'fourth set': { en: enRound4 as EvalQuery[], es: esRound4 as EvalQuery[] },
  'fifth set': { en: enRound5 as EvalQuery[], es: esRound5 as EvalQuery[] },
  'sixth set': { en: enRound6 as EvalQuery[], es: [] as EvalQuery[] },
  'seventh set': { en: enRound7 as EvalQuery[], es: esRound7 as EvalQuery[] },
  'eighth set': { en: enRound8 as EvalQuery[], es: esRound8 as EvalQuery[] },
  'ninth set': { en: enRound9 as EvalQuery[], es: esRound9 as EvalQuery[] },
  'tenth set': { en: enRound10 as EvalQuery[], es: esRound10 as EvalQuery[] },
  'eleventh set': { en: enRound11 as EvalQuery[], es: esRound11 as EvalQuery[] },
  'twelfth set': { en: enRound12 as EvalQuery[], es: esRound12 as EvalQuery[] },
  'thirteenth set': { en: enRound13 as EvalQuery[], es: esRound13 as EvalQuery[] },
  // Its author held out every fourth query: never read, reported apart (README).
  'fourteenth set': { en: enRound14 as EvalQuery[], es: esRound14 as EvalQuery[] },
  // So did its author: every fourth query, never read.
  'fifteenth set': { en: enRound15 as EvalQuery[], es: esRound15 as EvalQuery[] },
  // And its: every fourth query, never read.
  'sixteenth set': { en: enRound16 as EvalQuery[], es: esRound16 as EvalQuery[] },
  // And its: every fourth query, never read.
  'seventeenth set': { en: enRound17 as EvalQuery[], es: esRound17 as EvalQuery[] },
  // And its: every fourth query, never read.
  'eighteenth set': { en: enRound18 as EvalQuery[], es: esRound18 as EvalQuery[] },
  // And its: every fourth query, never read.
  'nineteenth set': { en: enRound19 as EvalQuery[], es: esRound19 as EvalQuery[] },
  // And its: every fourth query, never read.
  'twentieth set': { en: enRound20 as EvalQuery[], es: esRound20 as EvalQuery[] },
  'helper-72 trial': { en: enRound21 as EvalQuery[], es: esRound21 as EvalQuery[] },
};

function fuseBaseline(entries: readonly GuideEntry[]): GuideSearch {
  const fuse = new Fuse(entries, { keys: ['title', 'synonyms', 'tags', 'body'], ignoreLocation: true, threshold: 0.4 });
  const search = createGuideSearch(entries, lexicon);
  return { ...search, search: (query) => fuse.search(query.slice(0, 160)).map((r) => r.item) };
}

type Evaluation = Record<'en' | 'es', { search: Report; baseline: Report }>;

/** The held-out set written on 2026-11-30 (README): never read; only its aggregates are printed. */
export const HELD_OUT = { en: enHeldOut as EvalQuery[], es: esHeldOut as EvalQuery[] };

export function runEvaluation(): Evaluation & { later: Record<keyof typeof LATER_SETS, Evaluation>; heldOut: Evaluation } {
  const search = createGuideSearch(guide, lexicon);
  const baseline = fuseBaseline(guide);
  const both = (queries: EvalQuery[]) => ({ search: evaluate(search, queries), baseline: evaluate(baseline, queries) });
  return {
    en: both(QUERIES.en),
    es: both(QUERIES.es),
    heldOut: { en: both(HELD_OUT.en), es: both(HELD_OUT.es) },
    later: Object.fromEntries(Object.entries(LATER_SETS).map(([name, set]) => [name, { en: both(set.en), es: both(set.es) }])) as Record<
      keyof typeof LATER_SETS,
      Evaluation
    >,
  };
}
