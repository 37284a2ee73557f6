import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { formatEntryMessage, formatKeyText } from '@/utils/format';
import { englishOnly } from './english-only';

// The advocate's reading in Spanish (red flags, the note on confidentiality) is not among them.
const youthFacing = guide.filter((e) => e.es && e.es.indexed !== false);
/** Every distinct number, text code and link in a message (a Spanish name may repeat one: "Línea 988"). */
const facts = (text: string) =>
  [
    ...new Set(
      [...text.matchAll(/(?:https?:\/\/)?[a-z0-9-]+\.(?:org|gov|com)[^\s),]*|\b\d[\d-]{1,}\d\b|\b[A-Z]{4,}\b(?= (?:to|al|por))/g)].map(
        (m) => m[0],
      ),
    ),
  ].sort();

describe('messages in Spanish, for youth and families', () => {
  it('exist for every phrasing, hotline, resource and crisis entry, and the numbers to memorize', () => {
    const kinds = new Set(youthFacing.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['action', 'crisis', 'phrasing', 'resource']);
    for (const e of guide.filter((g) => ['phrasing', 'resource', 'crisis'].includes(g.kind))) expect(e.es, e.id).toBeTruthy();
  });

  it.each(youthFacing.map((e) => [e.id, e] as const))('%s: the same numbers, codes and links as the English', (_id, entry) => {
    const en = formatEntryMessage(entry, 'en');
    const es = formatEntryMessage(entry, 'es');
    expect(es).not.toBe(en);
    expect(facts(es)).toEqual(facts(en));
  });

  it('reads as Spanish, with the numbers from the hotline’s own data', () => {
    const nhth = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(formatEntryMessage(nhth, 'es')).toMatch(
      /^Línea Nacional contra la Trata de Personas .*llama al 1-888-373-7888, TTY 711 o manda un mensaje de texto al 233733\.$/,
    );
    expect(formatKeyText(nhth, 'es')).toMatch(/^Llama al 1-888-373-7888/);
    const suicide = guide.find((e) => e.id === 'crisis-suicide')!;
    expect(formatEntryMessage(suicide, 'es')).toMatch(/AYUDA/);
    const line988 = guide.find((e) => e.id === 'hotline-988')!;
    expect(formatEntryMessage(line988, 'es')).toMatch(
      /en español: marcar 2 en una llamada, o enviar AYUDA por texto al 988\): llama o manda un mensaje de texto al 988/,
    );
  });

  it('puts a line’s hours beside its English name in one pair of parentheses, never two', () => {
    const nhth = guide.find((e) => e.id === 'hotline-human-trafficking')!;
    expect(formatEntryMessage(nhth, 'es')).toMatch(
      /^Línea Nacional contra la Trata de Personas \(National Human Trafficking Hotline; 24\/7, confidencial, no es la policía\): llama/,
    );
    for (const entry of guide)
      for (const lang of ['en', 'es'] as const) expect(formatEntryMessage(entry, lang), `${entry.id} ${lang}`).not.toMatch(/\) \(/);
  });

  it('speaks to the advocate with “usted” in a crisis entry’s numbers, as its steps do', () => {
    for (const entry of guide.filter((e) => e.kind === 'crisis')) {
      const es = formatEntryMessage(entry, 'es');
      expect(es, entry.id).not.toMatch(/\b(llama al|manda un|manda [A-Z]+|chatea en|escribe a|visita)\b/);
    }
    const suicide = guide.find((e) => e.id === 'crisis-suicide')!;
    expect(formatEntryMessage(suicide, 'es')).toMatch(/llame o envíe un mensaje de texto al 988/);
  });

  it('falls back to English for an entry with no Spanish version', () => {
    // Every guide entry has its Spanish now (the glossary since content/es/glossary.ts): a term
    // without it stands for a line a program adds, which has none.
    const term = englishOnly(guide.find((e) => e.kind === 'term')!);
    expect(term.es).toBeUndefined();
    expect(formatEntryMessage(term, 'es')).toBe(formatEntryMessage(term, 'en'));
  });

  it('copies a red flag in its Spanish, as the observations word it', () => {
    const cash = guide.find((e) => e.id === 'red-flag-excess-cash')!;
    expect(formatEntryMessage(cash, 'es')).toMatch(/^Exceso de dinero en efectivo en su poder\nUna cantidad excesiva/);
  });
});
