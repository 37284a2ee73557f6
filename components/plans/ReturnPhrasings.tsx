import type { GuideEntry } from '@/content';
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
      <p class="phrasings-title">Words from the guide</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span>{entry.title}</span>
            <button
              type="button"
              class="small"
              onClick={() => onInsert(entry.message ?? entry.title)}
              aria-label={`Insert “${entry.title}”`}
            >
              Insert
            </button>
          </li>
        ))}
      </ul>
      <p class="source">Source: {formatSources(entries)}</p>
    </div>
  );
}
