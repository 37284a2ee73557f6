import { describe, expect, it } from 'vitest';
import { crisisCard, guide } from '@/content';
import { crisisCardEntry } from '@/utils/crisis-card';
import { createGuideSearch } from '@/utils/search';
import { detectIntent } from '@/utils/search/signals';
import { buildResultView } from '@/utils/search/results';
import { contentWords, stem, words } from '@/utils/search/text';

const isStopword = lexicon.isStopword;
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);
const topIds = (q: string, n = 3) =>
  search
    .search(q)
    .slice(0, n)
    .map((e) => e.id);
const kinds = (q: string, n = 3) =>
  search
    .search(q)
    .slice(0, n)
    .map((e) => e.kind);

describe('text analysis', () => {
  it.each([
    ['burned', 'burnout', 'burn'],
    ['trafficked', 'trafficking', 'traffick'],
    ['suicidal', 'suicide', 'suicid'],
  ])('stems “%s” and “%s” alike (%s)', (a, b, root) => {
    expect(stem(a).startsWith(root)).toBe(true);
    expect(stem(b).startsWith(root)).toBe(true);
  });

  it('drops pronouns, auxiliaries and question words, so they never outrank the real words', () => {
    for (const w of ['she', 'her', 'he', 'do', 'what', 'how', 'should', 'can', 'who', 'all']) expect(isStopword(w)).toBe(true);
    expect(contentWords('what should i do if she is being trafficked', isStopword)).toEqual(['trafficked']);
  });

  it('finds a line said aloud to a phone ("nine eight eight", "nine one one")', () => {
    expect(topIds('nine eight eight', 1)).toEqual(['hotline-988']);
    expect(topIds('call nine eight eight for her', 2)).toContain('hotline-988');
    expect(topIds('nine one one', 1)).toEqual(['crisis-danger-now']);
  });

  it('folds accents and apostrophes', () => {
    expect(words('Línea de ayuda, don’t')).toEqual(['linea', 'de', 'ayuda', 'dont']);
  });
});

describe('what the question asks for', () => {
  it.each([
    ['who do i call', 'resource'],
    ['what is the number for dcfs', 'resource'],
    ['what do i say to her', 'phrasing'],
    ['how do i ask her where she went', 'phrasing'],
    ['should i pick her up', 'avoid'],
    ['is it ok to call her trafficker', 'avoid'],
    ['what does quota mean', 'term'],
    ['what is a bottom', 'term'],
    ['danger signs', 'red-flag'],
  ] as const)('“%s” favours %s', (query, kind) => {
    expect([...detectIntent(words(query).join(' '), lexicon).favour]).toContain(kind);
  });

  it.each([
    ['who do i call', 'resource'],
    ['what do i say when she comes back', 'phrasing'],
    ['should i pick her up when she runs', 'avoid'],
    ['what does track mean', 'term'],
    ['warning signs', 'red-flag'],
    ['señales de alerta', 'red-flag'],
    ['banderas rojas', 'red-flag'],
    ['signs my youth is being groomed', 'recruitment'],
    ['dos and donts', 'avoid'],
    ['que es daddy', 'term'],
    ['redflags', 'red-flag'],
  ])('“%s” answers with %s entries first', (query, kind) => {
    expect(kinds(query, 1)).toEqual([kind]);
  });

  it('lists the hotlines for a question that names no topic', () => {
    expect(topIds('who do i call')).toEqual(
      search
        .hotlines()
        .slice(0, 3)
        .map((e) => e.id),
    );
  });
});

describe('ranking', () => {
  it('names a hotline only by its own words: “the life” is a glossary word, not the Lifeline', () => {
    expect(search.search('the life')[0]?.id).toBe('term-the-life');
    expect(search.search('lifeline')[0]?.id).toBe('hotline-988');
  });

  it('takes an acronym as the name of its glossary term, among other words', () => {
    expect(search.search('strtp vs group home')[0]?.id).toBe('term-strtp');
  });

  it('reads a phrase of small words as what was meant: “a dónde fue” is the where-did-you-go question', () => {
    expect(topIds('como le pregunto a donde fue sin presionarla')).toContain('phrase-where-did-you-go');
  });

  it('takes a short stem of a longer word as that whole word: “cops” never lists coping, while “cop” being typed still may', () => {
    const coping = ['service-safety-plan', 'self-care-supervisor'];
    expect(topIds('cops', 10).filter((id) => coping.includes(id))).toEqual([]);
    expect(topIds('cop', 10).filter((id) => coping.includes(id)).length).toBeGreaterThan(0);
  });

  it('reads a situation with two red flags in it as both: “older boyfriend buys her stuff”', () => {
    expect(topIds('older boyfriend buys her stuff')).toEqual(
      expect.arrayContaining(['red-flag-older-partner', 'red-flag-expensive-items']),
    );
  });

  it('cuts the weak tail', () => {
    expect(search.search('emdr').length).toBeLessThan(10);
  });

  it('offers the nearest words of the guide when little matches', () => {
    expect(search.suggest('trafficing hotlne').join(' ')).toMatch(/traffick|hotline/);
    expect(search.suggest('hotline')).toEqual([]);
  });

  it('offers only words a slip of the keyboard could have made: same first letter, or one slip away', () => {
    expect(search.suggest('runawy')).toEqual(['runaway']);
    expect(search.suggest('gotline')).toEqual(['hotline']);
    // fuse.js alone finds "qwerty" inside "advertising" and "runawy" near "unaware".
    expect(search.suggest('qwerty').join(' ')).not.toMatch(/advertising|certificate/);
    expect(search.suggest('runawy').join(' ')).not.toMatch(/unaware/);
  });
});

describe('bad input: always something useful, never an exception', () => {
  const card = crisisCardEntry(crisisCard);
  const view = (q: string) => buildResultView(search, q, null, [], card);
  it.each([
    ['5,000 characters', 'help '.repeat(1000)],
    ['emoji', '💜🙏'],
    ['only stopwords', 'what do I do'],
    ['only punctuation', '?!…—()'],
    ['Spanish accents', 'línea de ayuda niña'],
    ['right-to-left text', 'مساعدة خط ساخن'],
    ['control characters', '\u0000\u0007\u202e'],
  ])('%s', (_name, query) => {
    expect(() => view(query)).not.toThrow();
    const v = view(query);
    const ids = v.groups.flatMap((g) => g.entries.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    // Nothing matched → the card and the hotlines are still there.
    if (!v.groups.some((g) => g.id === 'results')) expect(ids.slice(0, 2)).toEqual(['crisis-card', 'hotline-human-trafficking']);
  });

  it('answers a question of small words that asks for a list with that list: “what should I not do” → what not to do', () => {
    const v = view('what should I not do');
    expect(v.groups[0]?.id).toBe('results');
    expect(new Set(v.groups[0]?.entries.map((e) => e.kind))).toEqual(new Set(['avoid']));
  });

  it('answers “what do I do” like the empty popup, without a “no matches” scolding', () => {
    expect(view('what do I do').noMatches).toBe(false);
    expect(view('what do I do').groups[0]?.id).toBe('crisis');
  });
});

describe('plain observations and worries a new user typed (helper-43)', () => {
  it.each([
    ['she has 2 phones now', 'red-flag-prepaid-cards-phones'],
    ['she came back with a new phone and won’t say who gave it', 'red-flag-expensive-items'],
    ['is it her fault', 'fact-targeted-tricked-traumatized'],
    ['she chose this life', 'fact-targeted-tricked-traumatized'],
  ])('“%s” → %s first', (query, id) => {
    expect(topIds(query, 1)).toEqual([id]);
  });

  it('“she chose this life” raises no suicide alarm (“life” is not the Lifeline)', () => {
    expect(search.search('she chose this life')[0]?.kind).not.toBe('crisis');
  });
});

describe('asking for the signs in a youth (helper-53)', () => {
  it.each(['what are signs a youth is being sold', 'what are the signs a youth is being trafficked', 'red flags in a child'])(
    '“%s” → the red flags, not a line or a definition',
    (query) => {
      expect(
        search
          .search(query)
          .slice(0, 3)
          .map((e) => e.kind),
      ).toEqual(['red-flag', 'red-flag', 'red-flag']);
    },
  );
});

describe('a line named among other words, and a partner’s age (nineteenth round)', () => {
  it.each([
    ['rainn number for the flyer on the staff bulletin board', 'hotline-rainn'],
    ['childhelp number to tape up in the group home kitchen', 'hotline-childhelp'],
    ['988 number for the poster in her room at the group home', 'hotline-988'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(topIds(query, 1)).toEqual([entryId]);
  });

  it('a line named with a report to make keeps the report’s steps first', () => {
    expect(topIds('dcfs hotline number to report that her uncle is selling her', 2)).toEqual([
      'crisis-report-abuse',
      'hotline-la-dcfs-child-protection',
    ]);
  });

  it.each(['she says the guy is 29, is that ok', 'her boyfriend is 27 and buys her everything', 'el novio tiene 30 y ella 15'])(
    '“%s” finds the older-partner red flag in the top 3',
    (query) => {
      expect(topIds(query, 3)).toContain('red-flag-older-partner');
    },
  );

  it('“24 7” is not an age: the hotlines open around the clock still come first', () => {
    expect(search.search('which hotline is open 24 7')[0]?.kind).toBe('resource');
  });
});
