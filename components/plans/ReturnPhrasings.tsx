import type { GuideEntry } from '@/content';
import { currentLang, t } from '@/utils/i18n';
import { localized } from '@/utils/format';
import { formatSources } from '@/utils/plans/tips';

interface ReturnPhrasingsProps {
  entries: GuideEntry[];
  /** Adds the phrasing to the section's notes. */
  onInsert: (text: string) => void;
}

/** Section 12's “when the youth returns” phrasings from the guide, each one click from the notes. */
export function ReturnPhrasings({ entries, onInsert }: ReturnPhrasingsProps) {
  if (!entries.length) return null;
  return (
    <div class="phrasings">
      <p class="phrasings-title">{t('phrasings_title')}</p>
      <ul>
        {/* In the page's language where the guide has it: the words inserted are the ones shown. */}
        {entries
          .map((english) => localized(english, currentLang()))
          .map((entry) => (
            <li key={entry.id}>
              <span>{entry.title}</span>
              <button
                type="button"
                class="small"
                onClick={() => onInsert(entry.message ?? entry.title)}
                aria-label={t('phrasings_insert_label', entry.title)}
              >
                {t('phrasings_insert')}
              </button>
            </li>
          ))}
      </ul>
      <p class="source">{t('tips_source', formatSources(entries))}</p>
    </div>
  );
}
