import { OBSERVATION_FORM_ES } from '@/content/es/observation-form';
import { PLAN_FORM_ES } from '@/content/es/plan-form';
import type { PlanFormEs } from '@/content/es/types';
import { currentLang, type Lang } from '@/utils/i18n';
import { PLAN_FIELDS, type Column, type Field, type Section } from '@/utils/plans/form';
import type { FieldValue } from '@/utils/plans/model';
import { OBSERVATION_FIELDS } from '@/utils/plans/observation-model';

/** A form's words in Spanish (content/es): labels, hints, and the choices as shown, by the English choice. */
export type FormWords = Pick<PlanFormEs, 'fields' | 'columns'>;

/** A field as the interface shows it, and its value between what is stored and what is shown. */
export interface ShownField {
  field: Field;
  /** The stored value, its choices as shown. */
  show: (value: FieldValue | undefined) => FieldValue | undefined;
  /** A value as edited on screen, its choices back as stored. */
  store: (value: FieldValue) => FieldValue;
}

const same: Pick<ShownField, 'show' | 'store'> = { show: (v) => v, store: (v) => v };

/**
 * `field` in the words of `words` (none: as the form has it). Choices are stored in English,
 * whatever the interface speaks, so the plan's checks, backups and the note read one value;
 * FieldEditor shows a choice as its value, so the shown value is swapped on the way in and out.
 */
export function shownField(field: Field, words?: FormWords): ShownField {
  const own = words?.fields[field.id];
  if (!words || !own) return { field, ...same };
  const choices = own.choices ?? {};
  const stored = new Map(Object.entries(choices).map(([en, es]) => [es, en]));
  // Own keys only: a stored "constructor" stays as it is.
  const toShown = (c: string) => (Object.hasOwn(choices, c) ? choices[c]! : c);
  const toStored = (c: string) => stored.get(c) ?? c;
  const column = (c: Column): Column => ({
    ...c,
    label: words.columns[`${field.id}.${c.id}`] ?? c.label,
    ...(c.choices && { choices: c.choices.map(toShown) }),
  });
  const choiceColumns = field.kind === 'rows' ? field.columns.filter((c) => c.choices).map((c) => c.id) : [];
  const swap = (value: FieldValue | undefined, to: (c: string) => string): FieldValue | undefined => {
    if (typeof value === 'string') return field.kind === 'choice' ? to(value) : value;
    if (!Array.isArray(value) || !choiceColumns.length) return value;
    return value.map((row) => ({
      ...row,
      ...Object.fromEntries(choiceColumns.filter((id) => row[id] !== undefined).map((id) => [id, to(row[id]!)])),
    }));
  };
  const label = { label: own.label };
  const hint = 'hint' in field && field.hint ? { hint: own.hint ?? field.hint } : {};
  let shown: Field;
  if (field.kind === 'choice') shown = { ...field, ...label, choices: field.choices.map(toShown) };
  else if (field.kind === 'rows')
    shown = { ...field, ...label, addLabel: own.addLabel ?? field.addLabel, columns: field.columns.map(column) };
  else shown = { ...field, ...label, ...hint };
  return { field: shown, show: (v) => swap(v, toShown), store: (v) => swap(v, toStored) as FieldValue };
}

/** The observation's field `id` as a `lang` interface shows it. */
export const shownObservationField = (id: string, lang: Lang = currentLang()): ShownField =>
  shownField(OBSERVATION_FIELDS.get(id)!, lang === 'es' ? OBSERVATION_FORM_ES : undefined);

/** The plan's field `id` as a `lang` interface shows it (the note asks whether CSEC status is confirmed). */
export const shownPlanField = (id: string, lang: Lang = currentLang()): ShownField =>
  shownField(PLAN_FIELDS.get(id)!, lang === 'es' ? PLAN_FORM_ES : undefined);

/** The plan's form words for a `lang` interface (none in English: the form's own). */
export const planWords = (lang: Lang = currentLang()): FormWords | undefined => (lang === 'es' ? PLAN_FORM_ES : undefined);

/** A plan's field as a `lang` interface shows it. */
export const shownPlanFieldOf = (field: Field, lang: Lang = currentLang()): ShownField => shownField(field, planWords(lang));

/** A plan section's title, prompt and practice line as a `lang` interface shows them. */
export function shownSection(section: Section, lang: Lang = currentLang()): Pick<Section, 'title' | 'prompt' | 'practice'> {
  return (lang === 'es' && PLAN_FORM_ES.sections[section.id]) || section;
}
