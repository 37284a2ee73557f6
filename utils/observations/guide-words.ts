import type { GuideEntry } from '@/content';
import { CONFIDENTIALITY_NOTE_ES, RED_FLAGS_ES } from '@/content/es/red-flags';
import { redFlags } from '@/content/red-flags';
import { currentLang, type Lang } from '@/utils/i18n';

/** The guide entries the observations show in Spanish, by id: the red flags and the note on confidentiality. */
const SPANISH: Readonly<Record<string, { title: string; body: string; observed?: string }>> = {
  ...RED_FLAGS_ES,
  'confidentiality-csec-status-court': CONFIDENTIALITY_NOTE_ES,
};

/**
 * `entry` as the observations show it in `lang`: its title, description and neutral wording in
 * Spanish where content/es has them, else as written. Only the words change: the id (what an
 * observation stores) stays the English entry's.
 */
export function guideEntryIn(entry: GuideEntry, lang: Lang = currentLang()): GuideEntry {
  const es = lang === 'es' ? SPANISH[entry.id] : undefined;
  return es ? { ...entry, title: es.title, body: es.body, ...(es.observed && { observed: es.observed }) } : entry;
}

/**
 * A red flag's title in `lang`, from its English title: the plans screen names the flag being
 * noted by its guide title (components/plans/PlansScreen.tsx); any other title stays as given.
 */
export function redFlagTitleIn(title: string, lang: Lang = currentLang()): string {
  const flag = redFlags.find((f) => f.title === title);
  return flag ? guideEntryIn(flag, lang).title : title;
}

/** A red flag's title in `lang`, from its id (what a "Note this" request carries); undefined for any other id. */
export function redFlagTitleOf(id: string, lang: Lang = currentLang()): string | undefined {
  const flag = redFlags.find((f) => f.id === id);
  return flag && guideEntryIn(flag, lang).title;
}
