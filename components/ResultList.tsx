import { noMatchesMessage, type ResultView } from '@/utils/search/results';
import { CRISIS_CARD_ID } from '@/utils/crisis-card';
import { ResultOption } from './ResultOption';
import { t } from '@/utils/i18n';

interface ResultListProps {
  id: string;
  view: ResultView;
  query: string;
  activeOptionId?: string;
  pinnedIds: readonly string[];
  copiedId: string | null;
  onOpen: (optionId: string) => void;
  onCopy: (optionId: string) => void;
  onInsert: (optionId: string) => void;
  canInsert: boolean;
  /** "Note this" on red-flag options; absent where there is nowhere to note it. */
  onNote?: (optionId: string) => void;
  onHover: (optionId: string) => void;
  /** Results not rendered yet, offered behind a button. */
  hidden: number;
  onShowMore: () => void;
  /** Runs a "Did you mean" suggestion as the new query. */
  onSuggest: (query: string) => void;
}

/** The results listbox, grouped ("Hotlines", "Pinned", "12 results"). */
export function ResultList({
  id,
  view,
  query,
  activeOptionId,
  pinnedIds,
  copiedId,
  onOpen,
  onCopy,
  onInsert,
  canInsert,
  onNote,
  onHover,
  hidden,
  onShowMore,
  onSuggest,
}: ResultListProps) {
  return (
    <div class="results">
      {view.noMatches && (
        <p class="no-matches" role="note">
          {noMatchesMessage(view, query)}
        </p>
      )}
      {view.suggestions.length > 0 && (
        <p class="suggestions">
          {t('results_did_you_mean')}{' '}
          {view.suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 && ` ${t('word_or')} `}
              <button type="button" class="link-button inline" onClick={() => onSuggest(s)}>
                {s}
              </button>
            </span>
          ))}
          {t('results_did_you_mean_end')}
        </p>
      )}
      <div id={id} role="listbox" aria-label={t('results_label')}>
        {view.groups.map((group) => (
          <div key={group.id} role="group" aria-labelledby={`${id}-${group.id}`}>
            {/* The crisis row names itself; its group label is for screen readers only. */}
            <div id={`${id}-${group.id}`} class={group.id === 'crisis' ? 'visually-hidden' : 'group-label'}>
              {group.label}
            </div>
            {group.entries.map((entry) => {
              const optionId = `opt-${group.id}-${entry.id}`;
              return (
                <ResultOption
                  key={optionId}
                  optionId={optionId}
                  entry={entry}
                  active={optionId === activeOptionId}
                  pinned={pinnedIds.includes(entry.id)}
                  copied={copiedId === optionId}
                  showKind={group.id === 'results' || group.id === 'pinned'}
                  onOpen={() => onOpen(optionId)}
                  onCopy={() => onCopy(optionId)}
                  onInsert={canInsert ? () => onInsert(optionId) : undefined}
                  onNote={onNote && entry.kind === 'red-flag' ? () => onNote(optionId) : undefined}
                  onHover={() => onHover(optionId)}
                  opens={entry.id === CRISIS_CARD_ID}
                />
              );
            })}
          </div>
        ))}
      </div>
      {hidden > 0 && (
        <button type="button" class="link-button show-more" onClick={onShowMore}>
          {hidden === 1 ? t('results_show_more_one') : t('results_show_more', hidden)}
        </button>
      )}
    </div>
  );
}
