import type { GlossaryGuidance, GuideEntry } from '@/content';
import { formatEntryMessage, formatProvenanceNote, formatSource, localized } from '@/utils/format';
import { currentLang, langName, otherLang, t } from '@/utils/i18n';
import { kindLabel } from '@/utils/kinds';
import { ContactDetails } from './ContactDetails';
import { DetailFrame } from './DetailFrame';
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
  /** Opened from the "When it can't wait" card: Back goes back to it. */
  backToCard?: boolean;
  /** Shown with every glossary term. */
  glossaryGuidance?: GlossaryGuidance;
  /** The title of another entry, for "See also" links; and opening it. */
  titleOf?: (id: string) => string | undefined;
  onOpenEntry?: (id: string) => void;
  /** Copies the message in the other language (English ↔ Spanish), where the entry has both. */
  onCopyOther?: () => void;
}

/** The whole entry: its text, contact fields, the message it copies, and where it came from. */
export function EntryDetail(props: EntryDetailProps) {
  const {
    pinned,
    copied,
    onCopy,
    onCopyOther,
    onInsert,
    onFillIn,
    onNote,
    onTogglePin,
    onBack,
    backToCard,
    glossaryGuidance,
    titleOf,
    onOpenEntry,
  } = props;
  const lang = currentLang();
  // Shown in the page's language where the entry has it; the other language is one button away.
  const entry = localized(props.entry, lang);
  const other = props.entry.es ? otherLang() : undefined;
  const note = formatProvenanceNote(entry);

  // Hotlines and phrasings are sent to a youth or family; the rest (crisis steps, which speak to
  // the advocate, a red flag, a term, what to do) goes in the advocate's own notes, and is labelled so.
  const forNotes = entry.kind !== 'resource' && entry.kind !== 'phrasing';
  return (
    <DetailFrame
      titleId="detail-title"
      title={entry.title}
      focusKey={entry.id}
      onBack={onBack}
      backLabel={backToCard ? t('back_to_card') : undefined}
    >
      <span class={`badge badge-${entry.kind}`}>{kindLabel(entry.kind, 'badge')}</span>
      {entry.contact && <ContactDetails contact={entry.contact} es={lang === 'es' ? props.entry.es?.contact : undefined} />}
      {/* When it can't wait, what to do comes first: the steps and numbers, then why. */}
      {entry.steps && <EntrySteps entry={entry} />}
      {entry.kind === 'term' ? (
        <TermExplanation entry={entry} guidance={lang === 'es' ? (glossaryGuidance?.es ?? glossaryGuidance) : glossaryGuidance} />
      ) : (
        <p class="detail-body">{entry.body}</p>
      )}
      {!entry.steps && <EntrySteps entry={entry} />}
      {entry.correction && (
        <p class="note note-correction">
          <strong>{t('detail_correction')}</strong>
          {entry.correction}
        </p>
      )}
      {entry.unconfirmed && (
        <p class="note note-unconfirmed">
          <strong>{t('detail_unconfirmed')}</strong> {entry.unconfirmed}
        </p>
      )}
      {note && <p class="note">{note}</p>}
      {lang === 'es' && <p class="hint">{t(props.entry.es ? 'detail_translation' : 'detail_english_only')}</p>}
      <h3>{t(forNotes ? 'detail_for_notes' : 'detail_message')}</h3>
      <p class="message-preview">{formatEntryMessage(props.entry, lang)}</p>
      {other && (
        <>
          <h3>{t(other === 'es' ? (forNotes ? 'detail_notes_es' : 'detail_message_es') : 'detail_message_en')}</h3>
          <p class="message-preview" lang={other}>
            {formatEntryMessage(props.entry, other)}
          </p>
        </>
      )}
      <div class="detail-actions">
        <button type="button" class="primary" onClick={onCopy}>
          {copied ? t('action_copied') : t('detail_copy_message')}
        </button>
        {other && onCopyOther && (
          <button type="button" onClick={onCopyOther}>
            {t('detail_copy_in', langName(other))} <kbd>Alt+Enter</kbd>
          </button>
        )}
        {onInsert && (
          <button type="button" onClick={onInsert}>
            {t('detail_insert')}
          </button>
        )}
        {onFillIn && (
          <button type="button" onClick={onFillIn}>
            {t('detail_personalise')}
          </button>
        )}
        {onNote && (
          <button type="button" onClick={onNote}>
            {t('detail_note')}
          </button>
        )}
        <button type="button" aria-pressed={pinned} onClick={onTogglePin}>
          {pinned ? t('detail_pinned') : t('detail_pin')}
        </button>
      </div>
      {entry.related && titleOf && onOpenEntry && <RelatedLinks ids={entry.related} title={titleOf} onOpen={onOpenEntry} />}
      <p class="source">
        <strong>{t('detail_source')}</strong>
        {formatSource(entry)}
      </p>
    </DetailFrame>
  );
}
