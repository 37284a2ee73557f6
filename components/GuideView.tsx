import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntryKind, GuideEntry } from '@/content';
import { formatEntryMessage } from '@/utils/format';
import { buildResultView, flattenOptions, limitView, RESULTS_PAGE } from '@/utils/guide-results';
import type { GuideSearch } from '@/utils/search';
import { EntryDetail } from './EntryDetail';
import { KindChips } from './KindChips';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

const LISTBOX_ID = 'guide-results';
const COPIED_FEEDBACK_MS = 2000;

export interface GuideViewProps {
  search: GuideSearch;
  pinnedIds: readonly string[];
  onTogglePin: (id: string) => void;
  /** Puts plain text on the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  /** Called on Escape with nothing left to clear (the popup closes itself). */
  onDismiss?: () => void;
  initialQuery?: string;
  footer?: ComponentChildren;
}

/** Search, browse and copy the guide: the popup's whole UI, and the side panel's Guide tab. */
export function GuideView({ search, pinnedIds, onTogglePin, copyText, onDismiss, initialQuery = '', footer }: GuideViewProps) {
  const [query, setQuery] = useState(initialQuery);
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [visibleCount, setVisibleCount] = useState(RESULTS_PAGE);
  const [detail, setDetail] = useState<GuideEntry | null>(null);
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const fullView = useMemo(() => buildResultView(search, query, kind, pinnedIds), [search, query, kind, pinnedIds]);
  // Only the first results are rendered, so each keystroke redraws little; more on demand.
  const { view, hidden } = useMemo(() => limitView(fullView, visibleCount), [fullView, visibleCount]);
  const options = useMemo(() => flattenOptions(view), [view]);
  const active = options[Math.min(activeIndex, options.length - 1)];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);
  useEffect(() => {
    document.getElementById(active?.optionId ?? '')?.scrollIntoView?.({ block: 'nearest' });
  }, [active?.optionId]);

  async function copy(entry: GuideEntry, feedbackId: string) {
    try {
      await copyText(formatEntryMessage(entry));
      setCopiedId(feedbackId);
      setStatus(`Copied: ${entry.title}`);
      clearTimeout(copiedTimer.current);
      copiedTimer.current = setTimeout(() => setCopiedId(null), COPIED_FEEDBACK_MS);
    } catch {
      setStatus('Could not copy. Open the result (Shift+Enter), select its message and press Ctrl+C.');
    }
  }

  const indexOf = (optionId: string) => options.findIndex((o) => o.optionId === optionId);
  const closeDetail = () => {
    setDetail(null);
    input.current?.focus();
  };

  function onKeyDown(e: KeyboardEvent) {
    const count = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const current = active ? indexOf(active.optionId) : -1;
      if (e.key === 'ArrowDown' && current === count - 1 && hidden > 0) {
        setVisibleCount((n) => n + RESULTS_PAGE);
        setActiveIndex(count);
      } else if (count) setActiveIndex((current + (e.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (e.key === 'Enter' && active) {
      e.preventDefault();
      if (e.shiftKey) setDetail(active.entry);
      else void copy(active.entry, active.optionId);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (detail) closeDetail();
      else if (query || kind) {
        setQuery('');
        setKind(null);
        setActiveIndex(0);
      } else onDismiss?.();
    }
  }

  return (
    <div class="guide">
      <SearchBox
        value={query}
        onInput={(value) => {
          setQuery(value);
          setActiveIndex(0);
          setVisibleCount(RESULTS_PAGE);
          setDetail(null);
        }}
        onKeyDown={onKeyDown}
        listboxId={LISTBOX_ID}
        activeOptionId={detail ? undefined : active?.optionId}
        inputRef={input}
      />
      <KindChips
        selected={kind}
        onSelect={(k) => {
          setKind(k);
          setActiveIndex(0);
          setVisibleCount(RESULTS_PAGE);
          setDetail(null);
          input.current?.focus();
        }}
      />
      <div class="pane">
        {detail ? (
          <EntryDetail
            entry={detail}
            pinned={pinnedIds.includes(detail.id)}
            copied={copiedId === `detail-${detail.id}`}
            onCopy={() => void copy(detail, `detail-${detail.id}`)}
            onTogglePin={() => onTogglePin(detail.id)}
            onBack={closeDetail}
          />
        ) : (
          <ResultList
            id={LISTBOX_ID}
            view={view}
            query={query}
            activeOptionId={active?.optionId}
            pinnedIds={pinnedIds}
            copiedId={copiedId}
            onOpen={(id) => {
              const option = options[indexOf(id)];
              if (!option) return;
              setActiveIndex(indexOf(id));
              setDetail(option.entry);
            }}
            onCopy={(id) => {
              const option = options[indexOf(id)];
              if (option) void copy(option.entry, id);
            }}
            onHover={(id) => setActiveIndex(indexOf(id))}
            hidden={hidden}
            onShowMore={() => setVisibleCount((n) => n + hidden)}
          />
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {footer}
    </div>
  );
}
