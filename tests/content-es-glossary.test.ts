import { describe, expect, it } from 'vitest';
import { guide, glossaryGuidance, type GuideEntry } from '@/content';
import { GLOSSARY_ES, GLOSSARY_GUIDANCE_ES } from '@/content/es/glossary';

/**
 * Meta-test of the glossary in Spanish (content/es/glossary.ts): each term is a translation of its
 * English entry, never new facts, so it keeps every number, adds no link, never uses a labelling
 * word, and keeps a street word in the youth's own (English) words.
 */

const terms: GuideEntry[] = guide.filter((e) => e.kind === 'term');
const english = (id: string) => terms.find((e) => e.id === id) as GuideEntry;
const digits = (text: string | undefined) => (text?.match(/\d+/g) ?? []).sort();
const LINKS = [/http/i, /www\./i, /@/];
const BANNED = /prostitut/i;
const FIELDS = ['meaning', 'why', 'note'] as const;

const translated = Object.entries(GLOSSARY_ES);
const texts = (es: (typeof translated)[number][1]) => [es.title, es.meaning, es.why, es.note ?? ''];

describe('the glossary in Spanish', () => {
  it('translates exactly the 41 English terms', () => {
    expect(terms).toHaveLength(41);
    expect(Object.keys(GLOSSARY_ES).sort()).toEqual(terms.map((e) => e.id).sort());
    for (const e of terms) expect(GLOSSARY_ES[e.id], `${e.id} is not translated`).toBeDefined();
  });

  it.each(translated)('%s is a translation of its English term', (id, es) => {
    const en = english(id);
    expect(en, `${id} is no glossary term`).toBeDefined();
    for (const text of texts(es).slice(0, 3)) expect(text.trim(), id).not.toBe('');
    expect(es.meaning, id).not.toBe(en.meaning);
    expect(es.why, id).not.toBe(en.why);
  });

  it.each(translated)('%s keeps every number of each English field, and adds none', (id, es) => {
    const en = english(id);
    for (const field of FIELDS) expect(digits(es[field]), `${id}.${field}`).toEqual(digits(en[field]));
  });

  it.each(translated)('%s has a note exactly when the English term has one', (id, es) => {
    const en = english(id);
    expect(es.note !== undefined, `${id}.note`).toBe(en.note !== undefined);
    if (es.note !== undefined) expect(es.note.trim(), `${id}.note`).not.toBe('');
  });

  it.each(translated)('%s adds no link or email, and never uses a labelling word', (id, es) => {
    for (const text of texts(es)) {
      for (const link of LINKS) expect(text, `${id}: ${String(link)}`).not.toMatch(link);
      expect(text, id).not.toMatch(BANNED);
    }
  });

  it('keeps the street word literal: a street term’s Spanish title holds its English first word', () => {
    const street = terms.filter((e) => e.tags.includes('slang'));
    expect(street.length).toBeGreaterThan(0);
    for (const en of street) {
      const first = en.title.split(/[\s/]/)[0] as string;
      expect(GLOSSARY_ES[en.id]?.title, en.id).toContain(first);
    }
  });

  it.each(translated)('%s has lower-case, unique search words that are not the title’s', (id, es) => {
    expect(es.synonyms.length, id).toBeLessThanOrEqual(8);
    expect(new Set(es.synonyms).size, `${id}: repeated synonym`).toBe(es.synonyms.length);
    const title = es.title.toLowerCase();
    for (const word of es.synonyms) {
      expect(word.trim(), id).not.toBe('');
      expect(word, id).toBe(word.toLowerCase());
      expect(word, id).not.toMatch(BANNED);
      expect(title.includes(word), `${id}: “${word}” is already in the title`).toBe(false);
    }
  });

  it('translates the guidance point by point, keeping every number', () => {
    expect(GLOSSARY_GUIDANCE_ES.points).toHaveLength(glossaryGuidance.points.length);
    expect(digits(GLOSSARY_GUIDANCE_ES.summary), 'summary').toEqual(digits(glossaryGuidance.summary));
    GLOSSARY_GUIDANCE_ES.points.forEach((point, i) => {
      expect(point.trim(), `point ${i}`).not.toBe('');
      expect(digits(point), `point ${i}`).toEqual(digits(glossaryGuidance.points[i]));
    });
    for (const text of [GLOSSARY_GUIDANCE_ES.summary, ...GLOSSARY_GUIDANCE_ES.points]) {
      for (const link of LINKS) expect(text, String(link)).not.toMatch(link);
      expect(text).not.toMatch(BANNED);
    }
  });
});
