import { SEED_TITLE } from '@/content/handout';
import type { EntrySource, GuideEntry } from '@/content/schema';
import { t } from '@/utils/i18n';
import { formatSource } from '../format';

/**
 * A handout section's name in quotes (as the entry carries it, content/index.ts); bracketed
 * inside them when the name is ours, for a part whose heading the handout's text lost, as an
 * editor's words in a quotation are (helper-65).
 */
const quotedSection = (source: Extract<EntrySource, { type: 'seed' }>) => {
  const name = source.heading ?? source.section;
  return source.untitled ? `“[${name}]”` : `“${name}”`;
};

/**
 * One source line for all the tips of a section: the handout's sections named together
 * (“…handout, sections “A” and “B””), every other source once, in the order met.
 */
export function formatSources(entries: readonly GuideEntry[]): string {
  const sections: string[] = [];
  const others: string[] = [];
  for (const entry of entries) {
    const { source } = entry;
    const section = source.type === 'seed' && !source.citation ? source : undefined;
    const text = section ? quotedSection(section) : formatSource(entry);
    const list = section ? sections : others;
    if (!list.includes(text)) list.push(text);
  }
  const named = `${sections.slice(0, -1).join(', ')}${sections.length > 1 ? ` ${t('obs_note_and')} ` : ''}${sections.at(-1)}`;
  const handout = sections.length ? t(sections.length === 1 ? 'tips_handout_section' : 'tips_handout_sections', SEED_TITLE, named) : '';
  return [handout, ...others].filter(Boolean).join('; ');
}
