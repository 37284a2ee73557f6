import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import { localized } from '@/utils/format';
import { readDoc } from './content-sources';

/**
 * What the glossary reference marks unconfirmed (its section D) is never shown as fact: the
 * term says so where the advocate reads it, in English and in Spanish, or the word is only a
 * search word and never shown.
 */
const reference = readDoc('docs/sources/glossary.md');
const sectionD = reference.slice(reference.indexOf('## D. Unconfirmed items'));
const items = [...sectionD.matchAll(/^- (.+(?:\n {2}.+)*)/gm)].map((m) => m[1]!.replace(/\s+/g, ' '));

const termNumbered = (n: number): GuideEntry => {
  const entry = guide.find((e) => e.kind === 'term' && e.source.type === 'reference' && e.source.part?.startsWith(`${n}. `));
  if (!entry) throw new Error(`no glossary term #${n}`);
  return entry;
};

/** Everything the detail view shows of a term, in one language. */
function shown(entry: GuideEntry, lang: 'en' | 'es'): string {
  const e = localized(entry, lang);
  return [e.title, e.meaning, e.why, e.note, e.unconfirmed].filter(Boolean).join(' ');
}

/** A term's `unconfirmed` (shown after "Not confirmed:"), or an in-text caveat: "…is unconfirmed", "ask your CASA supervisor". */
const CAVEAT = {
  en: /unconfirmed|not confirmed|ask your CASA supervisor/i,
  es: /sin confirmar|no (está )?confirmad|pregunte a su supervisor/i,
};

/** Items whose word is a search word only (the reference's own advice): never shown, so no caveat. */
const SEARCH_ONLY: Record<number, RegExp> = {
  4: /sister/i, // "sister-wife" finds the wife-in-law term
  9: /\btrap\b/i, // "trap" as quota money finds the quota term
  14: /crown|dollar/i, // branding symbols are examples to search by
};

/** Items the term states by attribution ("as one anti-trafficking group describes it"; the handout's own words). */
const ATTRIBUTED: Record<number, { en: RegExp; es: RegExp }> = {
  17: { en: /CASA handout/, es: /folleto de CASA|CASA/ },
  30: { en: /as one anti-trafficking group describes it/, es: /grupo contra la trata/ },
};

describe('what the glossary reference marks unconfirmed', () => {
  const numbered = items.flatMap((item) => [...item.matchAll(/\(#(\d+)\)/g)].map((m) => ({ item, n: Number(m[1]) })));

  it('reads the reference: twelve numbered items and the Renting Lacy list', () => {
    expect(numbered.length).toBe(12);
    expect(items.some((i) => i.includes('Renting Lacy'))).toBe(true);
  });

  it.each(numbered.map(({ item, n }) => [n, item] as const))('#%i (%s) is caveated, attributed or search-only', (n) => {
    const entry = termNumbered(n);
    for (const lang of ['en', 'es'] as const) {
      const text = shown(entry, lang);
      if (SEARCH_ONLY[n]) expect(text, lang).not.toMatch(SEARCH_ONLY[n]!);
      else if (ATTRIBUTED[n]) expect(text, lang).toMatch(ATTRIBUTED[n]![lang]);
      else expect(!!localized(entry, lang).unconfirmed || CAVEAT[lang].test(text), `${lang}: ${text}`).toBe(true);
    }
  });

  // "quota, circuit, exit fee, Romeo/finesse pimp, gorilla pimp, pimp circle, squaring up, stable, kiddie stroll"
  const lacy = items.find((i) => i.includes('Renting Lacy'))!;
  const words = lacy
    .slice(lacy.indexOf('in part:') + 'in part:'.length, lacy.lastIndexOf('. The wording'))
    .split(',')
    .map((w) => w.trim().toLowerCase());

  it('lists nine words resting on the reposted Renting Lacy copies', () => {
    expect(words).toHaveLength(9);
  });

  it.each(words)('the term for “%s” says its original wording is unconfirmed, in both languages', (word) => {
    const first = word.split('/')[0]!;
    const entry = guide.find((e) => e.kind === 'term' && [e.title.toLowerCase(), ...e.synonyms].some((s) => s.includes(first)));
    expect(entry, word).toBeDefined();
    expect(entry!.unconfirmed, word).toMatch(/Renting Lacy/);
    expect(entry!.unconfirmed).toMatch(/unconfirmed|original/i);
    expect(localized(entry!, 'es').unconfirmed, word).toMatch(/Renting Lacy/);
  });
});
