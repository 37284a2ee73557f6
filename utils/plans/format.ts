import { shownPlanFieldOf, shownSection } from '@/utils/observations/shown-field';
import { currentLang, t, type Lang } from '@/utils/i18n';
import { PLAN_SECTIONS, type Field, type Section } from './form';
import { LIMITS, type FieldValue, type Plan, type Row } from './model';
import type { ImportCounts, ImportReport } from './plan-import';

/** A field's value as display text without its label ("" when empty); rows become lines. */
export function fieldDisplayValue(field: Field, plan: Pick<Plan, 'data'>): string {
  const value = plan.data[field.id];
  switch (field.kind) {
    case 'line':
    case 'choice':
    case 'text':
      return typeof value === 'string' ? value.trim() : '';
    case 'checklist':
      return field.items.filter((item) => value && typeof value === 'object' && !Array.isArray(value) && value[item]).join(', ');
    case 'rows':
      return ((Array.isArray(value) ? value : []) as Row[])
        .map((row) =>
          field.columns
            .map((c) => (row[c.id] ?? '').trim())
            .filter(Boolean)
            .join(' — '),
        )
        .filter(Boolean)
        .map((line) => `- ${line}`)
        .join('\n');
  }
}

/**
 * A field as a `lang` page shows it (its label, choices and checklist items in that language's
 * words) and its display text; what was typed stays as typed.
 */
export function shownFieldText(
  field: Field,
  plan: Pick<Plan, 'data'>,
  lang: Lang = currentLang(),
): { field: Field; text: string; value: FieldValue | undefined } {
  const shown = shownPlanFieldOf(field, lang);
  const value = shown.show(plan.data[field.id]);
  const text = fieldDisplayValue(shown.field, { data: value === undefined ? {} : { [field.id]: value } });
  return { field: shown.field, text, value };
}

/** The visible text of one field with its label, or "" when it is empty. */
export function formatFieldText(field: Field, plan: Pick<Plan, 'data'>, lang: Lang = currentLang()): string {
  const { field: shown, text } = shownFieldText(field, plan, lang);
  if (!text) return '';
  return field.kind === 'text' || field.kind === 'rows' ? `${shown.label}:\n${text}` : `${shown.label}: ${text}`;
}

/** One section as plain text, or "" when nothing in it is filled in. */
export function formatSectionText(section: Section, plan: Pick<Plan, 'data'>, lang: Lang = currentLang()): string {
  const body = section.fields.map((f) => formatFieldText(f, plan, lang)).filter(Boolean);
  return body.length ? `${shownSection(section, lang).title.toUpperCase()}\n${body.join('\n')}` : '';
}

/** The whole plan as plain text, filled-in sections only, under a title with the nickname. */
export function formatPlanText(plan: Pick<Plan, 'data'>, lang: Lang = currentLang()): string {
  const nickname =
    typeof plan.data.nickname === 'string' && plan.data.nickname.trim() ? plan.data.nickname.trim() : t('plan_untitled_short');
  const sections = PLAN_SECTIONS.map((s) => formatSectionText(s, plan, lang)).filter(Boolean);
  return [t('print_plan_title', nickname), ...sections].join('\n\n');
}

/** What an export or turning the lock off says about damaged plans it had to leave out ("" for none). */
export function describeDamaged(count: number): string {
  if (!count) return '';
  return count === 1 ? t('damaged_left_out_one') : t('damaged_left_out', count);
}

/** What an import did: plans, then observations when the file held any (unchanged ones too: they were looked at). */
export function describeImport(report: ImportReport): string {
  const counts = (c: ImportCounts) => (c.same ? ` ${t('backup_imported_same', c.same)}` : '');
  // A plan replaced by the file's copy (newer by its clock) is not lost: where to find it is said.
  const plans =
    t('backup_imported', report.added, report.replaced, report.keptNewer) +
    counts(report) +
    (report.replaced ? ` ${t('backup_imported_replaced_kept')}` : '');
  const o = report.observations;
  if (!o || !(o.added || o.replaced || o.keptNewer || o.same)) return plans;
  return `${plans} ${t('backup_imported_observations', o.added, o.replaced, o.keptNewer)}${counts(o)}`;
}

/** The name a plan is listed under. */
export function planTitle(nickname: string): string {
  return nickname.trim() || t('plan_untitled');
}

/**
 * A duplicate's nickname, "JD (copy)", within the nickname's length limit; "JD (copy 2)" when
 * `taken` already lists "JD (copy)", so two copies can be told apart (helper-81).
 */
export function copyNickname(nickname: string, taken: readonly string[] = []): string {
  const names = new Set(taken.map((n) => n.trim()));
  // A copy of a copy is the next copy of the same plan ("JD (copy 2)", not "JD (copy) (copy)").
  const base = planTitle(nickname).replace(copySuffix(), '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? t('plan_copy_suffix') : t('plan_copy_suffix_n', n);
    const name = `${wholeCharacters(base, LIMITS.line - suffix.length)}${suffix}`;
    if (!names.has(name)) return name;
  }
}

/** " (copy)" or " (copy 7)" at the end of a nickname, in the interface's language. */
function copySuffix(): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [before, after] = t('plan_copy_suffix_n', '\u0000').split('\u0000').map(escape);
  return new RegExp(`(?:${escape(t('plan_copy_suffix'))}|${before}\\d+${after})$`, 'u');
}

/**
 * The start of `text` within `max` UTF-16 units, cut between whole characters as seen (an
 * emoji, with its skin tone or joined parts, is never cut in two: helper-83 saw "🦋\ud83e").
 */
function wholeCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}

/** "Review overdue by 3 days", "Review due today", "Review in 5 days", or "No review date". */
export function formatReviewStatus(nextReview: string, today: Date): { label: string; due: boolean } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(nextReview);
  if (!match) return { label: t('review_none'), due: false };
  const due = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((due - now) / 86_400_000);
  if (days < 0) return { label: days === -1 ? t('review_overdue_one') : t('review_overdue', -days), due: true };
  if (days === 0) return { label: t('review_today'), due: true };
  return { label: days === 1 ? t('review_in_one') : t('review_in', days), due: false };
}

/** "Changed just now", "Changed 5 min ago", "Changed 3 h ago", or "Changed 2026-11-02". */
export function formatChanged(updatedAt: number, now: number): string {
  const minutes = Math.floor((now - updatedAt) / 60_000);
  if (minutes < 1) return t('changed_now');
  if (minutes < 60) return t('changed_minutes', minutes);
  if (minutes < 24 * 60) return t('changed_hours', Math.floor(minutes / 60));
  return t('changed_on', new Date(updatedAt).toISOString().slice(0, 10));
}
