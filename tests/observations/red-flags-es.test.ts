import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { CONFIDENTIALITY_NOTE_ES, OBSERVATION_FORM_ES, RED_FLAGS_ES } from '@/content/es';
import { labellingWords } from '@/utils/observations/labelling-words';
import { OBSERVATION_FIELD_LIST } from '@/utils/plans/observation-model';
import { redFlagEntries } from './fixtures';

const english = (id: string) => guide.find((e) => e.id === id)!;

describe('the observations’ guide words in Spanish (content/es)', () => {
  it('translate every red flag of the guide, and only those: title, description and the note’s wording', () => {
    expect(Object.keys(RED_FLAGS_ES).sort()).toEqual(redFlagEntries.map((e) => e.id).sort());
    for (const e of redFlagEntries) {
      const es = RED_FLAGS_ES[e.id]!;
      for (const part of ['title', 'body', 'observed'] as const) {
        expect(es[part]?.trim(), `${e.id} ${part}`).toBeTruthy();
        expect(es[part], `${e.id} ${part}`).not.toBe(e[part]);
      }
    }
  });

  it('never label the youth in the note’s words, as the English do not', () => {
    const observed = Object.values(RED_FLAGS_ES).map((f) => f.observed ?? '');
    expect(labellingWords(observed.join(' · '))).toEqual([]);
    // As in English, two titles name the trafficker and the victim: the checklist may, the note never.
    expect(
      labellingWords(
        Object.values(RED_FLAGS_ES)
          .map((f) => f.title)
          .join(' · '),
      ),
    ).toEqual(['tratante', 'víctima']);
  });

  it('fit the note’s sentences: lower case after “observó”, and no “y” before an “i” sound (Spanish writes “e”)', () => {
    for (const f of Object.values(RED_FLAGS_ES)) {
      expect(f.observed).toMatch(/^\p{Ll}/u);
      expect(f.observed).not.toMatch(/^h?i(?![aeouáéóú])/iu);
    }
  });

  it('quote the note on confidentiality in full, with the same parts', () => {
    const en = english('confidentiality-csec-status-court');
    expect(CONFIDENTIALITY_NOTE_ES.body).toMatch(/CSEC.*DCFS.*corte.*\(por ejemplo, .*\)\.$/);
    expect(en.body).toMatch(/CSEC.*DCFS.*court.*\(for example, .*\)\.$/);
  });

  it('label every observation field, column and choice', () => {
    expect(Object.keys(OBSERVATION_FORM_ES.fields).sort()).toEqual(OBSERVATION_FIELD_LIST.map((f) => f.id).sort());
    for (const f of OBSERVATION_FIELD_LIST) {
      const es = OBSERVATION_FORM_ES.fields[f.id]!;
      expect(es.label, f.id).toBeTruthy();
      expect(es.hint === undefined, `${f.id} hint`).toBe(!('hint' in f && f.hint));
      expect(es.addLabel === undefined, `${f.id} addLabel`).toBe(f.kind !== 'rows');
      const columns = f.kind === 'rows' ? f.columns : [];
      for (const c of columns) expect(OBSERVATION_FORM_ES.columns[`${f.id}.${c.id}`], `${f.id}.${c.id}`).toBeTruthy();
      const choices = columns.flatMap((c) => c.choices ?? []);
      expect(Object.keys(es.choices ?? {}).sort(), `${f.id} choices`).toEqual([...choices].sort());
      // Shown choices are swapped back to stored ones: each must be told apart from the others.
      expect(new Set(Object.values(es.choices ?? {})).size).toBe(choices.length);
    }
  });
});
