import { OBSERVATION_FORM_ES } from '@/content/es/observation-form';
import { PLAN_DETAILS_ES, PLAN_FORM_ES } from '@/content/es/plan-form';
import type { PlanFormEs } from '@/content/es/types';
import { currentLang, type Lang } from '@/utils/i18n';
import { PLAN_FIELDS, type Column, type Field, type Section } from '@/utils/plans/form';
import type { FieldValue } from '@/utils/plans/model';
import { OBSERVATION_FIELDS } from '@/utils/plans/observation-model';

/** A form's words in Spanish (content/es): labels, hints, the choices and starting rows as shown, by the English. */
export type FormWords = Pick<PlanFormEs, 'fields' | 'columns' | 'presets'>;

/** A field as the interface shows it, and its value between what is stored and what is shown. */
export interface ShownField {
  field: Field;
  /** The stored value, its choices as shown. */
  show: (value: FieldValue | undefined) => FieldValue | undefined;
  /** A value as edited on screen, its choices back as stored. */
  store: (value: FieldValue) => FieldValue;
}

const same: Pick<ShownField, 'show' | 'store'> = { show: (v) => v, store: (v) => v };

/** Both ways between stored (English) words and shown ones; a word without a translation stays as it is. */
function wordSwap(words: Readonly<Record<string, string>> = {}) {
  const stored = new Map(Object.entries(words).map(([en, es]) => [es, en]));
  // Own keys only: a stored "constructor" stays as it is.
  return {
    toShown: (c: string) => (Object.hasOwn(words, c) ? words[c]! : c),
    toStored: (c: string) => stored.get(c) ?? c,
  };
}

/**
 * `field` in the words of `words` (none: as the form has it). Choices, checklist items and the
 * rows a new plan starts with (numbers to memorize, services) are stored in English, whatever
 * the interface speaks, so the plan's checks, progress, backups and the note read one value and
 * a plan made in one language reads right in the other. The editor shows a value as it is given,
 * so the shown value is swapped on the way in and out; a starting row the advocate retypes is
 * stored as typed.
 */
export function shownField(field: Field, words?: FormWords): ShownField {
  const own = words?.fields[field.id];
  if (!words || !own) return { field, ...same };
  const choices = wordSwap(own.choices);
  // Each column's own words: its choices, or the starting rows' words (a cell's whole text only).
  const columnWords =
    field.kind === 'rows'
      ? field.columns
          .map(
            (c) =>
              [
                c.id,
                c.choices ? choices : words.presets?.[`${field.id}.${c.id}`] && wordSwap(words.presets[`${field.id}.${c.id}`]),
              ] as const,
          )
          .filter((e): e is readonly [string, ReturnType<typeof wordSwap>] => !!e[1])
      : [];
  const column = (c: Column): Column => ({
    ...c,
    label: words.columns[`${field.id}.${c.id}`] ?? c.label,
    ...(c.choices && { choices: c.choices.map(choices.toShown) }),
    // The editor compares it with the choice as shown.
    ...(c.onlyFor && { onlyFor: { ...c.onlyFor, choice: choices.toShown(c.onlyFor.choice) } }),
  });
  const swap = (value: FieldValue | undefined, way: 'toShown' | 'toStored'): FieldValue | undefined => {
    if (typeof value === 'string') return field.kind === 'choice' ? choices[way](value) : value;
    if (field.kind === 'checklist' && value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([item, on]) => [choices[way](item), on]));
    if (!Array.isArray(value) || !columnWords.length) return value;
    return value.map((row) => ({
      ...row,
      ...Object.fromEntries(columnWords.filter(([id]) => row[id] !== undefined).map(([id, w]) => [id, w[way](row[id]!)])),
    }));
  };
  const label = { label: own.label };
  const hint = 'hint' in field && field.hint ? { hint: own.hint ?? field.hint } : {};
  let shown: Field;
  if (field.kind === 'choice') shown = { ...field, ...label, choices: field.choices.map(choices.toShown) };
  else if (field.kind === 'checklist') shown = { ...field, ...label, items: field.items.map(choices.toShown) };
  else if (field.kind === 'rows')
    shown = { ...field, ...label, addLabel: own.addLabel ?? field.addLabel, columns: field.columns.map(column) };
  else shown = { ...field, ...label, ...hint };
  return { field: shown, show: (v) => swap(v, 'toShown'), store: (v) => swap(v, 'toStored') as FieldValue };
}

/** The observation's field `id` as a `lang` interface shows it. */
export const shownObservationField = (id: string, lang: Lang = currentLang()): ShownField =>
  shownField(OBSERVATION_FIELDS.get(id)!, lang === 'es' ? OBSERVATION_FORM_ES : undefined);

/** The plan's field `id` as a `lang` interface shows it (the note asks whether CSEC status is confirmed). */
export const shownPlanField = (id: string, lang: Lang = currentLang()): ShownField => shownField(PLAN_FIELDS.get(id)!, planWords(lang));

/** The form's Spanish words with those of the fields asked under another one (Field.details). */
const PLAN_WORDS_ES: FormWords = { ...PLAN_FORM_ES, fields: { ...PLAN_FORM_ES.fields, ...PLAN_DETAILS_ES } };

/** The plan's form words for a `lang` interface (none in English: the form's own). */
export const planWords = (lang: Lang = currentLang()): FormWords | undefined => (lang === 'es' ? PLAN_WORDS_ES : undefined);

/** A plan's field as a `lang` interface shows it. */
export const shownPlanFieldOf = (field: Field, lang: Lang = currentLang()): ShownField => shownField(field, planWords(lang));

/** A plan section's title, prompt and practice line as a `lang` interface shows them. */
export function shownSection(section: Section, lang: Lang = currentLang()): Pick<Section, 'title' | 'prompt' | 'practice'> {
  return (lang === 'es' && PLAN_FORM_ES.sections[section.id]) || section;
}
