import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';

const search = createGuideSearch(guide, lexicon);
const first = (q: string) => search.search(q)[0]?.id;

/**
 * helper-72 asked, in Spanish, what to do if the youth does not come back or goes, and typed
 * "kidnapped": situations (the steps first). Said with something else after it, or as history,
 * the same words are everyday (no alarm).
 */
describe('“qué hago si…” and “kidnapped”: the situation, and the same words that are not one', () => {
  it.each([
    ['qué hago si no regresa', 'crisis-missing'],
    ['que hago si no regresa hoy', 'crisis-missing'],
    ['a quien llamo si no vuelve a la casa hogar', 'crisis-missing'],
    ['qué hago si se va', 'crisis-missing'],
    ['que hago si se va otra vez', 'crisis-missing'],
    ['que hago si se va con el novio', 'crisis-missing'],
    ['kidnapped', 'crisis-danger-now'],
    ['she was kidnapped', 'crisis-danger-now'],
    ['she was kidnapped tonight', 'crisis-danger-now'],
    ['la secuestraron', 'crisis-danger-now'],
    // helper-73, attacking the first version: the texting "q", past tenses, other verbs, English and Spanglish.
    ['q hago si no regresa', 'crisis-missing'],
    ['que hago si no volvio', 'crisis-missing'],
    ['qué hago si se pierde', 'crisis-missing'],
    ['what do i do if he leaves', 'crisis-missing'],
    ['what if she leaves placement', 'crisis-missing'],
    ['what if he doesnt return', 'crisis-missing'],
    ['what if she bolts', 'crisis-missing'],
    ['what do i do si se va', 'crisis-missing'],
    ['she was kidnapped last night', 'crisis-danger-now'],
  ])('“%s” → %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    'que hago si se va de vacaciones con su familia',
    'que hago si no llega a tiempo a la cita',
    'que hago si no llega el cheque',
    'she was kidnapped as a child',
    'he was kidnapped by his dad years ago',
    'she was kidnapped last year',
    'la secuestraron de niña',
    'la secuestraron hace años',
    'what if she leaves the meeting early',
  ])('“%s” raises no alarm', (query) => {
    expect(first(query) ?? '').not.toMatch(/^crisis-/);
  });
});

/**
 * A youth who does not return the advocate's calls (helper-73: "qué hago si no regresa mis
 * llamadas" led with the 911 steps): the handout's answer is to be a consistent support person.
 */
describe('calls not returned: consistent support, not an alarm', () => {
  it.each([
    'qué hago si no regresa mis llamadas',
    'que hago si no me regresa las llamadas',
    'no contesta mis llamadas',
    'she wont return my calls',
    'he doesnt return my calls',
    'she stopped answering my calls',
  ])('“%s” → being a consistent support person first', (query) => {
    expect(first(query)).toBe('advocacy-consistent-support');
  });
});
