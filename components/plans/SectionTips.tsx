import type { GuideEntry } from '@/content';
import { currentLang, t } from '@/utils/i18n';
import { localized } from '@/utils/format';
import { formatSources } from '@/utils/plans/tips';

interface SectionTipsProps {
  entries: GuideEntry[];
  /** Advice that is not in the guide itself (it names its own source). */
  practice?: string;
}

/** The guide's advice for a section, folded into one “Tips” line until opened, with one source line. */
export function SectionTips({ entries, practice }: SectionTipsProps) {
  if (!entries.length && !practice) return null;
  return (
    <details class="tips">
      <summary>{t('tips_title')}</summary>
      <ul>
        {entries
          .map((english) => localized(english, currentLang()))
          .map((entry) => (
            <li key={entry.id}>
              <strong>{entry.title}</strong>
              {entry.body !== entry.title ? ` ${entry.body}` : ''}
            </li>
          ))}
        {practice && <li>{practice}</li>}
      </ul>
      {entries.length > 0 && <p class="source">{t('tips_source', formatSources(entries))}</p>}
    </details>
  );
}
