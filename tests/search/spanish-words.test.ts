import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import { buildSearchIndex } from '@/utils/search/build-index';

const search = createGuideSearch(guide, lexicon);
const first = (q: string) => search.search(q)[0]?.id;

describe('Spanish words of entries not translated yet (content/es/search-words.ts)', () => {
  it('a Spanish query finds the red flags, myths and guidance that have no Spanish version', () => {
    expect(first('regalos caros sin explicación')).toBe('red-flag-expensive-items');
    expect(first('es un mito que hay ayuda fácil para las víctimas?')).toBe('myth-help-available');
    expect(first('reclutamiento por pandillas')).toBe('recruitment-gang');
    expect(first('no compartir con la corte el estatus csec')).toBe('confidentiality-csec-status-court');
    // What a Spanish-speaking new user typed in the popup: two words, Spanish by a letter alone.
    expect(first('pareja íntima')).toBe('red-flag-older-partner');
    expect(first('efectivo')).toBe('red-flag-excess-cash');
  });

  it('finds the handout’s “access to health resources” from a Spanish word for pregnancy (helper-62)', () => {
    // The English entries' own routing words (pregnant, std, birth control), in Spanish.
    expect(
      search
        .search('embarazada')
        .slice(0, 3)
        .map((e) => e.id),
    ).toEqual(expect.arrayContaining(['phrase-where-did-you-go', 'harm-reduction-reduce-harm']));
  });

  it('puts the entry a word names exactly before those holding it in a phrase (“padrote”, not “novio padrote”)', () => {
    // Five glossary terms match "padrote" equally: the pimp term has it as a search word of its
    // own, the others only inside "novio padrote", "padrote violento", "sin padrote"…
    const top = (q: string) =>
      search
        .search(q)
        .slice(0, 2)
        .map((e) => e.id);
    expect(top('padrote')).toEqual(['hotline-human-trafficking', 'term-trafficker']);
    expect(first('qué es un padrote')).toBe('term-trafficker');
  });

  it('keeps them as search words once the entry is translated: the glossary’s CLC', () => {
    // The last entries without Spanish, the glossary terms, have it now (content/es/glossary.ts):
    // searched by their Spanish title, their Spanish words, and the words typed before.
    const term = guide.find((e) => e.id === 'term-clc')!;
    expect(term.es?.title).toMatch(/^CLC \(/);
    expect(term.esWords?.[0]).toBe(term.es?.title);
    expect(term.esWords?.some((w) => /^CLC \(Centro Legal para Niños\)/.test(w))).toBe(true);
  });

  it('searches a red flag’s Spanish (read and copied in Spanish) as its Spanish words, not as a version', () => {
    const flag = guide.find((e) => e.id === 'red-flag-expensive-items')!;
    expect(flag.es).toMatchObject({ title: 'Artículos caros sin explicación', indexed: false });
    expect(flag.esWords).toContain('Artículos caros sin explicación');
  });

  it('an English query meets them only through a word English does not have here', () => {
    const entries = [
      {
        id: 'a',
        kind: 'action',
        title: 'Connect with the case parties',
        body: 'Call the CSW.',
        tags: [],
        synonyms: [],
        esWords: ['las partes del caso: trabajadora social'],
      },
      { id: 'b', kind: 'action', title: 'Ask a social worker', body: 'The social worker knows.', tags: [], synonyms: [] },
    ] as unknown as GuideEntry[];
    const index = buildSearchIndex(entries, lexicon.isStopword);
    const reached = (word: string, spanish: boolean) => [...index.lookup(word, spanish).hits.keys()].map((i) => entries[i]?.id);
    // "social" is an English word here: an English query finds only the English text.
    expect(reached('social', false)).toEqual(['b']);
    // …a Spanish query also the Spanish words.
    expect(reached('social', true).sort()).toEqual(['a', 'b']);
    // "trabajadora" is no English word here: any query reaches the Spanish words by it.
    expect(reached('trabajadora', false)).toEqual(['a']);
  });
});

describe('“palabras para …” asks for words to say (helper-43)', () => {
  it('“palabras para cuando regresa” → the phrasings for when she returns', () => {
    const top = createGuideSearch(guide, lexicon).search('palabras para cuando regresa')[0];
    expect(top?.kind).toBe('phrasing');
  });
});

describe('“qué no debo hacer” asks for the don’ts (helper-46)', () => {
  it.each(['qué no debo hacer', 'que no hacer'])('“%s” → the “avoid” entries', (query) => {
    const top = createGuideSearch(guide, lexicon).search(query).slice(0, 2);
    expect(top.map((e) => e.kind)).toEqual(['avoid', 'avoid']);
  });
});
