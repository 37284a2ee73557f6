import type { GuideEntry } from '@/content';
import { formatSource } from '@/utils/format';

interface SectionAdviceProps {
  entries: GuideEntry[];
  practice?: string;
  /** When given, each entry gets an Insert button (the return phrasings). */
  onInsert?: (text: string) => void;
}

/** The guide's advice beside a section, with its source. */
export function SectionAdvice({ entries, practice, onInsert }: SectionAdviceProps) {
  if (!entries.length && !practice) return null;
  return (
    <aside class="advice" aria-label="Guidance">
      {entries.map((entry) => (
        <div key={entry.id} class="advice-item">
          <p>
            <strong>{entry.title}</strong>
            {entry.body !== entry.title && entry.kind !== 'phrasing' ? ` ${entry.body}` : ''}
          </p>
          {onInsert && (
            <button
              type="button"
              class="small"
              onClick={() => onInsert(entry.message ?? entry.title)}
              aria-label={`Insert “${entry.title}”`}
            >
              Insert
            </button>
          )}
          <p class="source">Source: {formatSource(entry)}</p>
        </div>
      ))}
      {practice && <p class="advice-item">{practice}</p>}
    </aside>
  );
}
