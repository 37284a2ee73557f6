import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { createGuideSearch } from '@/utils/search';
import { evaluate, type EvalQuery } from './search-eval/evaluate';
import en from './search-eval/queries.json';
import es from './search-eval/queries-es.json';
import enExtra from './search-eval/queries-extra.json';
import esExtra from './search-eval/queries-extra-es.json';
import enCrisis from './search-eval/queries-extra-crisis.json';
import esCrisis from './search-eval/queries-extra-crisis-es.json';
import enRound3 from './search-eval/queries-extra-round3.json';
import enRound4 from './search-eval/queries-extra-round4.json';
import esRound4 from './search-eval/queries-extra-round4-es.json';
import enRound5 from './search-eval/queries-extra-round5.json';
import esRound5 from './search-eval/queries-extra-round5-es.json';
import enRound6 from './search-eval/queries-extra-round6.json';
import enRound7 from './search-eval/queries-extra-round7.json';
import esRound7 from './search-eval/queries-extra-round7-es.json';
import enRound8 from './search-eval/queries-extra-round8.json';
import esRound8 from './search-eval/queries-extra-round8-es.json';
import enRound9 from './search-eval/queries-extra-round9.json';
import esRound9 from './search-eval/queries-extra-round9-es.json';
import enRound10 from './search-eval/queries-extra-round10.json';
import esRound10 from './search-eval/queries-extra-round10-es.json';
import enRound11 from './search-eval/queries-extra-round11.json';
import esRound11 from './search-eval/queries-extra-round11-es.json';
import enRound12 from './search-eval/queries-extra-round12.json';
import esRound12 from './search-eval/queries-extra-round12-es.json';
import enRound13 from './search-eval/queries-extra-round13.json';
import esRound13 from './search-eval/queries-extra-round13-es.json';
import enRound14 from './search-eval/queries-extra-round14.json';
import esRound14 from './search-eval/queries-extra-round14-es.json';
import enRound15 from './search-eval/queries-extra-round15.json';
import esRound15 from './search-eval/queries-extra-round15-es.json';
import enRound16 from './search-eval/queries-extra-round16.json';
import esRound16 from './search-eval/queries-extra-round16-es.json';
import enRound17 from './search-eval/queries-extra-round17.json';
import esRound17 from './search-eval/queries-extra-round17-es.json';
import enRound18 from './search-eval/queries-extra-round18.json';
import esRound18 from './search-eval/queries-extra-round18-es.json';
import enRound19 from './search-eval/queries-extra-round19.json';
import esRound19 from './search-eval/queries-extra-round19-es.json';
import enRound20 from './search-eval/queries-extra-round20.json';
import esRound20 from './search-eval/queries-extra-round20-es.json';
import enRound21 from './search-eval/queries-extra-round21.json';
import esRound21 from './search-eval/queries-extra-round21-es.json';
import enRound22 from './search-eval/queries-extra-round22.json';
import esRound22 from './search-eval/queries-extra-round22-es.json';
import enHeldOut from './search-eval/queries-heldout2.json';
import esHeldOut from './search-eval/queries-heldout2-es.json';
import { lexicon } from '@/content/lexicon';

/**
 * A floor under the search's quality on the evaluation set (tests/search-eval/README.md),
 * so a change that makes it worse fails. The figures themselves, per group, are printed by
 * `npm run bench`. Only aggregates are asserted: the held-out third is never listed.
 */
describe('search quality on the evaluation set (English)', () => {
  const report = evaluate(createGuideSearch(guide, lexicon), en as EvalQuery[]);

  it('finds an acceptable answer in the top 3 for the tuning queries', () => {
    expect(report.tuning.hit3).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps its former held-out third (read since 2026-11-30) at the tuning floor too', () => {
    expect(report.heldOut.hit3).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the crisis entry first for every crisis query it was tuned on, and raises no false alarm there', () => {
    expect(report.tuning.crisisFirst.ok).toBe(report.tuning.crisisFirst.n);
    expect(report.tuning.falseAlarms).toBe(0);
  });
});

describe('search quality on the evaluation set (Spanish)', () => {
  const report = evaluate(createGuideSearch(guide, lexicon), es as EvalQuery[]);

  it('finds an acceptable answer in the top 3 for the tuning queries, and the crisis entry first', () => {
    expect(report.tuning.hit3).toBeGreaterThanOrEqual(0.95);
    expect(report.tuning.crisisFirst.ok).toBe(report.tuning.crisisFirst.n);
    expect(report.tuning.falseAlarms).toBe(0);
  });
});

/**
 * The sets written later (tests/search-eval/README.md), all tuning: an acceptable answer in the
 * top 3 for 95%, the crisis entry first for all but the situations left (each a fair second
 * reading, named here), and no false alarm beyond the ones named.
 */
const LATER_SETS: [name: string, queries: unknown, crisisLeft: number, falseAlarms: number, hit3?: number][] = [
  ['English, second set', enExtra, 0, 0],
  ['Spanish, second set', esExtra, 0, 0],
  ['English, crisis set', enCrisis, 0, 0],
  ['Spanish, crisis set', esCrisis, 0, 0],
  ['English, third set', enRound3, 0, 0],
  ['English, fourth set', enRound4, 0, 0],
  ['Spanish, fourth set', esRound4, 0, 0],
  ['English, fifth set', enRound5, 0, 0],
  // Asking DCFS for a second social worker "para un caso de explotación".
  ['Spanish, fifth set', esRound5, 0, 1],
  // "i suggested the hotline and now shes freaking out…" reads as a youth in crisis.
  ['English, sixth set', enRound6, 1, 0],
  // "mandated reporter?" names the DCFS line; a secret asked for reads as talking before
  // reporting; "do i still need to call dcfs" after the trafficking line; "unexplained bruises,
  // jumps…" as a red flag; two "what do i say" questions as phrasings.
  ['English, seventh set', enRound7, 6, 0],
  ['Spanish, seventh set', esRound7, 0, 0],
  // "what should i tell the csw about who shes with" (the CSW's term), "pills" (drugs), a
  // referral number (the term), the line's hours, arrest read as the law, a youth defending him
  // (the red flag).
  ['English, eighth set', enRound8, 6, 0],
  // "pastillas" (drugs), "se tomó algo, 911 o 988" (danger now: either is fair), arrest read as the law.
  ['Spanish, eighth set', esRound8, 3, 0],
  // Everyday matters that share words with a crisis ("killing it at school", "booster shots").
  ['English, ninth set', enRound9, 0, 0],
  ['Spanish, ninth set', esRound9, 0, 0],
  // Situations at the boundary of two crisis entries, where its author's reading often differs
  // from the other sets' (tests/search-eval/README.md): an attempt in progress (the suicide steps
  // say 911 first; this author wants the danger steps), whether the trafficking line counts as
  // the report (the other sets want what the line does), what to say to a youth just back.
  ['English, tenth set', enRound10, 62, 0, 0.93],
  ['Spanish, tenth set', esRound10, 22, 0, 0.9],
  // A general mix written like the first set. "does the trafficking hotline have spanish
  // speakers" is a lookup to this author and what the line does to the seventh set's
  // ("…have someone in spanish?"): the search keeps the earlier reading.
  ['English, eleventh set', enRound11, 0, 1],
  ['Spanish, eleventh set', esRound11, 0, 0],
  // The moment an advocate opens the popup mid-task, half of it in Spanish.
  ['English, twelfth set', enRound12, 0, 0],
  ['Spanish, twelfth set', esRound12, 0, 0],
  // When it can't wait, and when it only sounds like it.
  ['English, thirteenth set', enRound13, 0, 0],
  ['Spanish, thirteenth set', esRound13, 0, 0],
];

describe('search quality on the sets written later (tuning only)', () => {
  it.each(LATER_SETS)(
    '%s: an answer in the top 3, the crisis entry first, no false alarm but those named',
    (_name, queries, crisisLeft, falseAlarms, hit3 = 0.95) => {
      const report = evaluate(createGuideSearch(guide, lexicon), queries as EvalQuery[]);
      expect(report.heldOut.n).toBe(0);
      expect(report.tuning.hit3).toBeGreaterThanOrEqual(hit3);
      expect(report.tuning.crisisFirst.ok).toBeGreaterThanOrEqual(report.tuning.crisisFirst.n - crisisLeft);
      expect(report.tuning.falseAlarms).toBeLessThanOrEqual(falseAlarms);
    },
  );
});

/**
 * The fourteenth set (dictation, pasted texts, text-speak, run-ons) and the fifteenth (what
 * others told the advocate, what they just read, a first week's questions): each author held
 * out every fourth query. Their tuning parts have floors like the others: to the fourteenth's
 * author "she took a bunch of pills and is texting me goodbye" and "se tomó un montón de
 * pastillas" are danger now, the suicide steps to the first set's; "text befree 233733", "nine
 * eight eight" and the trafficking line's number read out name a line, which keeps first place.
 * One false alarm is left in the fifteenth's Spanish ("numero de la linea de trata para mandar
 * texto": the steps before the number). The sixteenth (pasted posts, hurried visit notes, boys
 * and online recruitment, court days, second-guessing) has none left in its tuning part, nor has
 * the seventeenth (told on the phone by staff and teachers, the weeks after, Spanish-English,
 * everyday sentences sharing a crisis's words). The held-out quarters, never read, have floors a little under their last figures.
 */
describe('search quality on the sets with a held-out quarter', () => {
  const search = createGuideSearch(guide, lexicon);
  it.each([
    ['fourteenth, English', enRound14, 4, 0, 0.8, 0.6],
    ['fourteenth, Spanish', esRound14, 1, 0, 0.7, 0.8],
    ['fifteenth, English', enRound15, 0, 0, 0.8, 0.7],
    ['fifteenth, Spanish', esRound15, 0, 1, 0.9, 0.8],
    ['sixteenth, English', enRound16, 0, 0, 0.8, 0.7],
    ['sixteenth, Spanish', esRound16, 0, 0, 0.9, 0.5],
    ['seventeenth, English', enRound17, 0, 0, 0.9, 0.7],
    ['seventeenth, Spanish', esRound17, 0, 0, 0.9, 0.8],
  ] as const)(
    '%s: the tuning part, and a floor under the held-out quarter',
    (_set, queries, crisisLeft, falseAlarms, heldHit3, heldCrisis) => {
      const { tuning, heldOut } = evaluate(search, queries as EvalQuery[]);
      expect(tuning.hit3).toBeGreaterThanOrEqual(0.95);
      expect(tuning.crisisFirst.ok).toBeGreaterThanOrEqual(tuning.crisisFirst.n - crisisLeft);
      expect(tuning.falseAlarms).toBeLessThanOrEqual(falseAlarms);
      expect(heldOut.n).toBeGreaterThan(0);
      expect(heldOut.hit3).toBeGreaterThanOrEqual(heldHit3);
      expect(heldOut.crisisFirst.ok / heldOut.crisisFirst.n).toBeGreaterThanOrEqual(heldCrisis);
    },
  );
});

/**
 * The eighteenth set (typed on a phone, after a hearing or a CFT, boys and LGBTQ+ youth, family
 * and online recruitment, a youth's own words quoted) and the nineteenth (what caregivers and
 * staff relayed, outings and after hours, what the advocate saw on a youth's phone, doubts about
 * the advocate's role, negations) and the twentieth (probation and juvenile hall, turning 18,
 * rides, games and money apps, writing notes and court reports): every crisis entry first and no false alarm in their tuning
 * parts, but the eighteenth's English tuning part stays a little under 95% in the top 3
 * (everyday sentences whose words draw the running-away phrasings: "her cat ran away from the
 * foster home", "left placement on good terms"). Their held-out quarters, never read, have
 * floors a little under their figures before any tuning (which the tuning did not move).
 */
describe('search quality on the eighteenth, nineteenth and twentieth sets', () => {
  const search = createGuideSearch(guide, lexicon);
  it.each([
    ['eighteenth, English', enRound18, 0.94, 0.75, 0.85],
    ['eighteenth, Spanish', esRound18, 0.95, 0.8, 0.8],
    ['nineteenth, English', enRound19, 0.95, 0.8, 0.65],
    ['nineteenth, Spanish', esRound19, 0.95, 0.6, 0.75],
    ['twentieth, English', enRound20, 0.95, 0.73, 0.75],
    ['twentieth, Spanish', esRound20, 0.95, 0.9, 0.8],
  ] as const)('%s: the tuning part, and a floor under the held-out quarter', (_set, queries, hit3, heldHit3, heldCrisis) => {
    const { tuning, heldOut } = evaluate(search, queries as EvalQuery[]);
    expect(tuning.hit3).toBeGreaterThanOrEqual(hit3);
    expect(tuning.crisisFirst.ok).toBe(tuning.crisisFirst.n);
    expect(tuning.falseAlarms).toBe(0);
    expect(heldOut.n).toBeGreaterThan(0);
    expect(heldOut.hit3).toBeGreaterThanOrEqual(heldHit3);
    expect(heldOut.crisisFirst.ok / heldOut.crisisFirst.n).toBeGreaterThanOrEqual(heldCrisis);
  });
});

/**
 * The twenty-first set: what helper-72 (a Spanish-speaking volunteer's trial, without the code)
 * typed and found wanting — "qué hago si no regresa" under the return phrasings, "qué hago si se
 * va" with nothing at all, "report" and "abuse" led by lines that are not where reports go,
 * "kidnapped" without the 911 steps — and the near-misses it checked stayed calm. All tuning:
 * the answers are the references', the queries the trial's; its first places are pinned too.
 */
describe('search quality on the twenty-first set (helper-72)', () => {
  const search = createGuideSearch(guide, lexicon);
  it.each([
    ['English', enRound21],
    ['Spanish', esRound21],
  ] as const)('%s: every answer in the top 3, every crisis first, no false alarm', (_lang, queries) => {
    const { tuning } = evaluate(search, queries as EvalQuery[]);
    expect(tuning.hit3).toBe(1);
    expect(tuning.crisisFirst.ok).toBe(tuning.crisisFirst.n);
    expect(tuning.falseAlarms).toBe(0);
  });

  it('answers a situation told in small words alone with its steps, not with the empty popup', () => {
    expect(search.onlySmallWords('qué hago si se va')).toBe(false);
    expect(search.search('qué hago si se va').map((e) => e.id)).toEqual(['crisis-missing', 'hotline-la-dcfs-child-protection']);
    // Small words that tell nothing stay the empty popup.
    expect(search.onlySmallWords('qué hago')).toBe(true);
  });

  it.each([
    'report',
    'abuse',
    'abuso',
    'reporting',
    'abuso infantil',
    'abuse hotline',
    'child abuse hotline',
    'abuse line',
    'línea de abuso',
  ])('“%s” alone leads with the line reports go to', (query) => {
    expect(search.search(query)[0]?.id).toBe('hotline-la-dcfs-child-protection');
  });
});

/**
 * The held-out set (tests/search-eval/README.md): never read, never tuned on. A floor under its
 * aggregates, a little below the last figures, so a change that makes the search worse on
 * queries nobody tuned for fails; the figures themselves are in `npm run bench`.
 */
describe('search quality on the held-out set, never read', () => {
  const search = createGuideSearch(guide, lexicon);
  it('English: an acceptable answer in the top 3, and the crisis entry first, for nearly all', () => {
    const { heldOut } = evaluate(search, enHeldOut as EvalQuery[]);
    expect(heldOut.n).toBe((enHeldOut as EvalQuery[]).length);
    expect(heldOut.hit3).toBeGreaterThanOrEqual(0.93);
    expect(heldOut.crisisFirst.ok / heldOut.crisisFirst.n).toBeGreaterThanOrEqual(0.9);
  });
  it('Spanish: likewise', () => {
    const { heldOut } = evaluate(search, esHeldOut as EvalQuery[]);
    expect(heldOut.n).toBe((esHeldOut as EvalQuery[]).length);
    expect(heldOut.hit3).toBeGreaterThanOrEqual(0.93);
    expect(heldOut.crisisFirst.ok / heldOut.crisisFirst.n).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The twenty-second set: what helper-76 (a volunteer's trial of 294 queries, without the code)
 * typed and found wanting — teen words for suicide ("unalive", "kys", "sewerslide"), a youth at
 * a motel with a grown man right now with no 911, "who I call for trafficking" led by a policy
 * call's dial-in, "señales de trata" by a school law — and the everyday sentences it saw raise
 * an alarm. All tuning: the answers are the references', the queries the trial's. "missing",
 * "awol", "ran away" alone keep the steps third under the lines (helper-62's choice, pinned in
 * tests/search/crisis-topics.test.ts); the trial asked for them first, and is answered in the
 * README (tests/search-eval/README.md).
 */
describe('search quality on the twenty-second set (helper-76)', () => {
  const search = createGuideSearch(guide, lexicon);
  /** Left, with why (README): the youth asking to be picked up; a red-flag situation whose report steps lead. */
  const LEFT = ['she wants me to come get her', 'she came back with new nails and a phone she can’t pay for'];

  it.each([
    ['English', enRound22],
    ['Spanish', esRound22],
  ] as const)('%s: every answer in the top 3, every crisis first', (_lang, queries) => {
    const { tuning, results } = evaluate(search, queries as EvalQuery[]);
    const missed = results.filter((r) => !r.ok).map((r) => r.query.query.replace("'", '’'));
    expect(missed.filter((q) => !LEFT.includes(q))).toEqual([]);
    expect(tuning.crisisFirst.ok).toBe(tuning.crisisFirst.n);
  });

  it('the teen words for suicide, said of a game or a streamer, raise no alarm (helper-77, tests/search-eval/everyday-helper77-en.txt)', () => {
    const sentences = readFileSync(resolve(import.meta.dirname, 'search-eval/everyday-helper77-en.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(sentences.length).toBe(4);
    expect(sentences.filter((q) => search.search(q)[0]?.kind === 'crisis')).toEqual([]);
  });

  it('an everyday sentence it tried puts no crisis steps first, but two (tests/search-eval/everyday-helper76-en.txt)', () => {
    const sentences = readFileSync(resolve(import.meta.dirname, 'search-eval/everyday-helper76-en.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(sentences.length).toBe(15);
    // Left: the only entry "killed" reaches is the suicide steps. ("party this weekend" reached the
    // missing-youth steps until stop 47: the test below holds it now.)
    const alarms = sentences.filter((q) => search.search(q)[0]?.kind === 'crisis');
    expect(alarms.filter((q) => !['she killed her math test', 'she wants to go to a party this weekend'].includes(q))).toEqual([]);
  });

  it('plans with friends, a party this weekend, being at work "right now" put no crisis steps first; danger in the same words still does (tests/search-eval/everyday-stop47.txt)', () => {
    const sentences = readFileSync(resolve(import.meta.dirname, 'search-eval/everyday-stop47.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(sentences.length).toBe(12);
    expect(sentences.filter((q) => search.search(q)[0]?.kind === 'crisis')).toEqual([]);
    // The everyday words never silence what a sentence says is happening.
    expect(search.search("she's at work right now and her pimp is there")[0]?.id).toBe('crisis-danger-now');
    expect(search.search('she is at school right now and a man is waiting outside with a gun')[0]?.id).toBe('crisis-danger-now');
    expect(search.search('she wants to hang herself')[0]?.id).toBe('crisis-suicide');
    expect(search.search('she wants to hang out with him, he is 30')[0]?.kind).not.toBe('crisis');
  });

  it('hanging out with a grown man or a 35 year old one right now is danger now, as being with a grown man right now is; with "an older guy" it is the red flag', () => {
    expect(search.search("she's hanging out with a 35 year old guy right now")[0]?.id).toBe('crisis-danger-now');
    expect(search.search("she's with a 30 year old man right now")[0]?.id).toBe('crisis-danger-now');
    expect(search.search("she's hanging out with a grown man tonight")[0]?.id).toBe('crisis-danger-now');
    expect(search.search('she is chilling with an older guy tonight')[0]?.id).toBe('red-flag-older-partner');
    expect(search.search("she's with a 16 year old guy right now")[0]?.kind).not.toBe('crisis');
  });

  /** A tuning file of tests/search-eval, one sentence (or sentence and kind) a line. */
  const lines = (file: string) =>
    readFileSync(resolve(import.meta.dirname, 'search-eval', file), 'utf8')
      .split('\n')
      .filter(Boolean);
  /** The steps each kind of situation that cannot wait puts first. */
  const STEPS: Record<string, string> = {
    danger: 'crisis-danger-now',
    suicide: 'crisis-suicide',
    missing: 'crisis-missing',
    report: 'crisis-report-abuse',
  };

  describe('helper-78: everyday words said in a crisis, and everyday sentences with crisis words (written without the code)', () => {
    it('each of the 60 situations that cannot wait puts its steps first, but one that puts other crisis steps first', () => {
      const cases = lines('crisis-helper78.tsv').map((l) => l.split('\t') as [string, string]);
      expect(cases).toHaveLength(60);
      const first = (q: string) => search.search(q)[0];
      // Left: a youth out with a 35-year-old who "does not want to come back" is read as missing first.
      const LEFT = ['está saliendo con un señor de 35 años ahorita y no quiere regresar'];
      expect(cases.filter(([q, kind]) => first(q)?.id !== STEPS[kind] && !LEFT.includes(q)).map(([q]) => q)).toEqual([]);
      expect(LEFT.every((q) => first(q)?.kind === 'crisis')).toBe(true);
    });

    it('of the 60 everyday sentences, none puts crisis steps first but one', () => {
      const sentences = lines('everyday-helper78.txt');
      expect(sentences).toHaveLength(60);
      // Left: "this weekend" alone is where "gone all weekend" points.
      const LEFT = ['she wants a phone so she can text her friends this weekend'];
      expect(sentences.filter((q) => search.search(q)[0]?.kind === 'crisis' && !LEFT.includes(q))).toEqual([]);
    });
  });

  describe('helper-80: situations said without their keywords, and everyday sentences with decoy words (written without the code)', () => {
    it('each of the 50 situations that cannot wait puts its steps first, but one that leads with what its words mean', () => {
      const cases = lines('crisis-helper80.tsv').map((l) => l.split('\t') as [string, string]);
      expect(cases).toHaveLength(50);
      const top = (q: string) => search.search(q).map((e) => e.id);
      // Left: a 30-year-old who picks her up and is called "daddy" leads with what "daddy" means, then the older-partner flag.
      const LEFT = ['a 30 yr old keeps picking her up from school, buys her designer stuff and she calls him daddy'];
      expect(cases.filter(([q, kind]) => top(q)[0] !== STEPS[kind] && !LEFT.includes(q)).map(([q]) => q)).toEqual([]);
      expect(top(LEFT[0]!).slice(0, 2)).toEqual(['term-daddy', 'red-flag-older-partner']);
    });

    it('of the 50 everyday sentences, none puts crisis steps first but one that nothing else matches', () => {
      const sentences = lines('everyday-helper80.txt');
      expect(sentences).toHaveLength(50);
      // Left: "la clase de química la está matando" is no alarm (no steps are said to be urgent), but
      // nothing in the guide matches it better than the suicide steps' "matar".
      const LEFT = ['dice que la clase de química la está matando'];
      expect(sentences.filter((q) => search.search(q)[0]?.kind === 'crisis' && !LEFT.includes(q))).toEqual([]);
    });
  });

  describe('helper-82: in Spanish and Spanglish, situations said without their keywords, and everyday sentences (written without the code)', () => {
    it('each of the 40 situations that cannot wait puts its steps first, but two that lead with their red flag', () => {
      const cases = lines('crisis-helper82.tsv').map((l) => l.split('\t') as [string, string]);
      expect(cases).toHaveLength(40);
      const top = (q: string) => search.search(q).map((e) => e.id);
      // Left: gifts from "un amigo de 30 años" and "tres phones prepagados y mucho cash" lead with the red flag they are.
      const LEFT: Record<string, string> = {
        'la niña trae celular nuevo, uñas y ropa cara y dice que se lo compra un amigo de 30 años': 'red-flag-expensive-items',
        'she has like tres phones prepagados y mucho cash and she says que es de un friend': 'red-flag-prepaid-cards-phones',
      };
      expect(cases.filter(([q, kind]) => top(q)[0] !== STEPS[kind] && !(q in LEFT)).map(([q]) => q)).toEqual([]);
      for (const [q, flag] of Object.entries(LEFT)) expect(top(q).slice(0, 3), q).toContain(flag);
    });

    it('none of the 40 everyday sentences puts crisis steps first', () => {
      const sentences = lines('everyday-helper82.txt');
      expect(sentences).toHaveLength(40);
      expect(sentences.filter((q) => search.search(q)[0]?.kind === 'crisis')).toEqual([]);
    });
  });

  it('texting her friends or taking pictures of them puts no crisis steps first; being made to undress, or nobody knowing where she is, still does', () => {
    for (const q of ['she wants a phone so she can text her friends this weekend', 'she took pictures of her friends rn']) {
      expect(search.search(q)[0]?.kind, q).not.toBe('crisis');
    }
    expect(search.search('she took pictures of her friends rn and a man is making her take off her clothes')[0]?.id).toBe(
      'crisis-danger-now',
    );
    expect(search.search('she wants to text her friends but her phone is off and no one knows where she is')[0]?.id).toBe('crisis-missing');
  });

  it('on a roof saying she will jump, taken away in a car, the man who sells her coming for her tonight: steps first; a ride to the doctor or dad coming is no alarm', () => {
    expect(search.search('esta en el techo diciendo que se va a aventar')[0]?.id).toBe('crisis-suicide');
    expect(search.search('se la llevaron en un carro afuera de la casa hogar')[0]?.id).toBe('crisis-danger-now');
    expect(search.search("she told me the man who sells her is coming to get her tonight and she's scared")[0]?.id).toBe(
      'crisis-danger-now',
    );
    for (const q of ['se lo llevaron en un carro al doctor', 'her dad is coming to get her tonight']) {
      expect(search.search(q)[0]?.kind, q).not.toBe('crisis');
    }
  });

  it('"right now" in an everyday sentence says when, not what: no 911 steps, no "Children\'s Rights" among the first answers (helper-79)', () => {
    const top3 = (q: string) =>
      search
        .search(q)
        .slice(0, 3)
        .map((e) => e.id);
    for (const q of [
      "she's hanging out with friends right now",
      'she is at her therapy session right now',
      'she is with her friends right now',
    ]) {
      expect(top3(q), q).not.toContain('crisis-danger-now');
      expect(top3(q), q).not.toContain('resource-alliance-childrens-rights');
    }
    expect(top3("she's hanging out with friends right now")).toContain('recruitment-peers');
    expect(top3('she is at her therapy session right now')).toContain('service-intensive-therapy');
  });

  it('an age ("a 35 year old guy") no longer reaches the missing-children line: its words "year old" were a typed phrase of NCMEC (helper-79)', () => {
    const top3 = (q: string) =>
      search
        .search(q)
        .slice(0, 3)
        .map((e) => e.id);
    for (const q of ["she's hanging out with a 35 year old guy right now", 'she is 15 and hangs out with a 35 year old guy']) {
      expect(top3(q), q).not.toContain('hotline-ncmec');
      expect(top3(q), q).toContain('red-flag-older-partner');
    }
    // What that phrase was for still finds the line.
    expect(top3('missing 18 year old')).toContain('hotline-ncmec');
  });
});
