import { PLAN_SECTIONS, type Field, type Section } from './form';
import { LIMITS, type Plan, type Row } from './model';

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

/** The visible text of one field with its label, or "" when it is empty. */
export function formatFieldText(field: Field, plan: Pick<Plan, 'data'>): string {
  const value = fieldDisplayValue(field, plan);
  if (!value) return '';
  return field.kind === 'text' || field.kind === 'rows' ? `${field.label}:\n${value}` : `${field.label}: ${value}`;
}

/** One section as plain text, or "" when nothing in it is filled in. */
export function formatSectionText(section: Section, plan: Pick<Plan, 'data'>): string {
  const body = section.fields.map((f) => formatFieldText(f, plan)).filter(Boolean);
  return body.length ? `${section.title.toUpperCase()}\n${body.join('\n')}` : '';
}

/** The whole plan as plain text, filled-in sections only, under a title with the nickname. */
export function formatPlanText(plan: Pick<Plan, 'data'>): string {
  const nickname = typeof plan.data.nickname === 'string' && plan.data.nickname.trim() ? plan.data.nickname.trim() : 'Untitled';
  const sections = PLAN_SECTIONS.map((s) => formatSectionText(s, plan)).filter(Boolean);
  return [`Safety plan: ${nickname}`, ...sections].join('\n\n');
}

/** What an export or turning the lock off says about damaged plans it had to leave out ("" for none). */
export function describeDamaged(count: number): string {
  if (!count) return '';
  const plans = count === 1 ? '1 plan could not be opened and was' : `${count} plans could not be opened and were`;
  return ` ${plans} left out: ${count === 1 ? 'it is' : 'they are'} still listed as “Can’t be opened”.`;
}

/** The name a plan is listed under. */
export function planTitle(nickname: string): string {
  return nickname.trim() || 'Untitled plan';
}

/** A duplicate's nickname, "JD (copy)", within the nickname's length limit. */
export function copyNickname(nickname: string): string {
  const suffix = ' (copy)';
  return `${planTitle(nickname).slice(0, LIMITS.line - suffix.length)}${suffix}`;
}

/** "Review overdue by 3 days", "Review due today", "Review in 5 days", or "No review date". */
export function formatReviewStatus(nextReview: string, today: Date): { label: string; due: boolean } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(nextReview);
  if (!match) return { label: 'No review date', due: false };
  const due = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((due - now) / 86_400_000);
  if (days < 0) return { label: `Review overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`, due: true };
  if (days === 0) return { label: 'Review due today', due: true };
  return { label: `Review in ${days} ${days === 1 ? 'day' : 'days'}`, due: false };
}

/** "Changed just now", "Changed 5 min ago", "Changed 3 h ago", or "Changed 2026-11-02". */
export function formatChanged(updatedAt: number, now: number): string {
  const minutes = Math.floor((now - updatedAt) / 60_000);
  if (minutes < 1) return 'Changed just now';
  if (minutes < 60) return `Changed ${minutes} min ago`;
  if (minutes < 24 * 60) return `Changed ${Math.floor(minutes / 60)} h ago`;
  return `Changed ${new Date(updatedAt).toISOString().slice(0, 10)}`;
}
