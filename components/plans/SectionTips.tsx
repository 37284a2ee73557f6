import type { GuideEntry } from '@/content';
import { currentLang, t } from '@/utils/i18n';
import { hasSpanish, localized } from '@/utils/format';
import { formatSources } from '@/utils/plans/tips';

interface SectionTipsProps {
  entries: GuideEntry[];
  /** Advice that is not in the guide itself (it names its own source). */
  practice?: string;
  /** The section's title: each "Tips" is named with it (twelve alike in one plan, helper-60). */
  section?: string;
}

/** The guide's advice for a section, folded into one “Tips” line until opened, with one source line. */
export function SectionTips({ entries, practice, section }: SectionTipsProps) {
  if (!entries.length && !practice) return null;
  return (
    <details class="tips">
      <summary aria-label={section && t('tips_for', section)}>{t('tips_title')}</summary>
      <ul>
        {entries.map((english) => {
          const entry = localized(english, currentLang());
          // A Spanish panel still shows a tip not translated yet, says so as the popup's rows do,
          // and lets a screen reader read its words with an English voice.
          const untranslated = currentLang() === 'es' && !hasSpanish(english);
          const words = (
            <>
              <strong>{entry.title}</strong>
              {entry.body !== entry.title ? ` ${entry.body}` : ''}
            </>
          );
          return (
            <li key={entry.id}>
              {untranslated ? (
                <>
                  <span class="badge badge-english">{t('option_in_english')}</span>
                  <span lang="en">{words}</span>
                </>
              ) : (
                words
              )}
            </li>
          );
        })}
        {practice && <li>{practice}</li>}
      </ul>
      {entries.length > 0 && <p class="source">{t('tips_source', formatSources(entries))}</p>}
    </details>
  );
}
