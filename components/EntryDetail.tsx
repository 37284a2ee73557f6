import { useEffect, useRef } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { formatEntryMessage, formatProvenanceNote, formatSource } from '@/utils/format';
import { KIND_LABELS } from '@/utils/kinds';
import { ContactDetails } from './ContactDetails';

interface EntryDetailProps {
  entry: GuideEntry;
  pinned: boolean;
  copied: boolean;
  onCopy: () => void;
  onInsert?: () => void;
  onFillIn?: () => void;
  onTogglePin: () => void;
  onBack: () => void;
}

/** The whole entry: its text, contact fields, the message it copies, and where it came from. */
export function EntryDetail({ entry, pinned, copied, onCopy, onInsert, onFillIn, onTogglePin, onBack }: EntryDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const note = formatProvenanceNote(entry);

  return (
    <section
      class="detail"
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="link-button" onClick={onBack}>
        ← Back to results
      </button>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        {entry.title}
      </h2>
      <span class={`badge badge-${entry.kind}`}>{KIND_LABELS[entry.kind].badge}</span>
      {entry.contact && <ContactDetails contact={entry.contact} />}
      <p class="detail-body">{entry.body}</p>
      {entry.correction && (
        <p class="note note-correction">
          <strong>Correction: </strong>
          {entry.correction}
        </p>
      )}
      {note && <p class="note">{note}</p>}
      <h3>Message to send</h3>
      <p class="message-preview">{formatEntryMessage(entry)}</p>
      <div class="detail-actions">
        <button type="button" class="primary" onClick={onCopy}>
          {copied ? 'Copied ✓' : 'Copy message'}
        </button>
        {onInsert && (
          <button type="button" onClick={onInsert}>
            Insert into page
          </button>
        )}
        {onFillIn && (
          <button type="button" onClick={onFillIn}>
            Personalise…
          </button>
        )}
        <button type="button" aria-pressed={pinned} onClick={onTogglePin}>
          {pinned ? '★ Pinned' : '☆ Pin'}
        </button>
      </div>
      <p class="source">
        <strong>Source: </strong>
        {formatSource(entry)}
      </p>
    </section>
  );
}
