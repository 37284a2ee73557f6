import { SEED_HEADING_LOST, SEED_SECTIONS, SEED_TITLE, type GuideEntry } from '@/content/schema';
import { t } from '@/utils/i18n';
import { formatSource } from '../format';

/**
 * One source line for all the tips of a section: the handout's sections named together
 * (“…handout, sections “A” and “B””), every other source once, in the order met.
 */
export function formatSources(entries: readonly GuideEntry[]): string {
  const sections: string[] = [];
  const others: string[] = [];
  for (const entry of entries) {
    const { source } = entry;
    // A name of ours for a part whose heading the handout's text lost is bracketed, as an
    // editor's words inside a quotation are (helper-65).
    const name = source.type === 'seed' ? SEED_SECTIONS[source.section] : '';
    const quoted = source.type === 'seed' && SEED_HEADING_LOST.has(source.section) ? `“[${name}]”` : `“${name}”`;
    const text = source.type === 'seed' && !source.citation ? quoted : formatSource(entry);
    const list = source.type === 'seed' && !source.citation ? sections : others;
    if (!list.includes(text)) list.push(text);
  }
  const named = `${sections.slice(0, -1).join(', ')}${sections.length > 1 ? ` ${t('obs_note_and')} ` : ''}${sections.at(-1)}`;
  const handout = sections.length ? t(sections.length === 1 ? 'tips_handout_section' : 'tips_handout_sections', SEED_TITLE, named) : '';
  return [handout, ...others].filter(Boolean).join('; ');
}
