import { useEffect, useRef } from 'preact/hooks';
import type { GlossaryGuidance, GuideEntry } from '@/content';
import { formatEntryMessage, formatProvenanceNote, formatSource } from '@/utils/format';
import { KIND_LABELS } from '@/utils/kinds';
import { isNoteKey } from '@/utils/note-key';
import { ContactDetails } from './ContactDetails';
import { EntrySteps, RelatedLinks, TermExplanation } from './EntryExtras';

interface EntryDetailProps {
  entry: GuideEntry;
  pinned: boolean;
  copied: boolean;
  onCopy: () => void;
  onInsert?: () => void;
  onFillIn?: () => void;
  /** Red flags: note it in the current plan's observations. */
  onNote?: () => void;
  onTogglePin: () => void;
  onBack: () => void;
  /** Shown with every glossary term. */
  glossaryGuidance?: GlossaryGuidance;
  /** The title of another entry, for "See also" links; and opening it. */
  titleOf?: (id: string) => string | undefined;
  onOpenEntry?: (id: string) => void;
}

/** The whole entry: its text, contact fields, the message it copies, and where it came from. */
export function EntryDetail(props: EntryDetailProps) {
  const { entry, pinned, copied, onCopy, onInsert, onFillIn, onNote, onTogglePin, onBack, glossaryGuidance, titleOf, onOpenEntry } = props;
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
        } else if (onNote && isNoteKey(e)) {
          e.preventDefault();
          onNote();
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
      {entry.kind === 'term' ? <TermExplanation entry={entry} guidance={glossaryGuidance} /> : <p class="detail-body">{entry.body}</p>}
      <EntrySteps entry={entry} />
      {entry.correction && (
        <p class="note note-correction">
          <strong>Correction: </strong>
          {entry.correction}
        </p>
      )}
      {note && <p class="note">{note}</p>}
      <h3>{entry.kind === 'term' ? 'What Copy puts in your notes' : 'Message to send'}</h3>
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
        {onNote && (
          <button type="button" onClick={onNote} aria-keyshortcuts="Alt+N">
            Note this <kbd>Alt+N</kbd>
          </button>
        )}
        <button type="button" aria-pressed={pinned} onClick={onTogglePin}>
          {pinned ? '★ Pinned' : '☆ Pin'}
        </button>
      </div>
      {entry.related && titleOf && onOpenEntry && <RelatedLinks ids={entry.related} title={titleOf} onOpen={onOpenEntry} />}
      <p class="source">
        <strong>Source: </strong>
        {formatSource(entry)}
      </p>
    </section>
  );
}
