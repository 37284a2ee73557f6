import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CrisisCard, CrisisCardEs, EntryKind, GlossaryGuidance, GuideEntry } from '@/content';
import { CRISIS_CARD_ID, crisisCardEntry, localizedCard } from '@/utils/crisis-card';
import { currentLang, langName, otherLang, t, type Lang } from '@/utils/i18n';
import { landFocus } from '@/utils/focus-landing';
import { copiedLanguage, formatEntryMessage, hasSpanish, localized } from '@/utils/format';
import { isNoteKey } from '@/utils/alt-keys';
import { buildResultView, flattenOptions, limitView, RESULTS_PAGE, resultsAnnouncement } from '@/utils/search/results';
import type { GuideSearch } from '@/utils/search';
import { fillInsFor } from '@/utils/templates';
import { Announcement } from './Announcement';
import { CrisisCardView } from './CrisisCardView';
import { EntryDetail } from './EntryDetail';
import { FillInForm } from './FillInForm';
import { KindChips } from './KindChips';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

const LISTBOX_ID = 'guide-results';
const COPIED_FEEDBACK_MS = 2000;
/** Results are announced once typing pauses this long, not at every keystroke. */
const ANNOUNCE_AFTER_MS = 600;

export interface GuideViewProps {
  search: GuideSearch;
  /** "When it can't wait": first on the empty query and under "no matches". */
  crisisCard?: CrisisCard;
  /** The card in Spanish, for a Spanish interface. */
  crisisCardEs?: CrisisCardEs;
  /** Shown with every glossary term. */
  glossaryGuidance?: GlossaryGuidance;
  pinnedIds: readonly string[];
  onTogglePin: (id: string) => void;
  /** Puts plain text on the clipboard; rejects when the browser refuses. */
  copyText: (text: string) => Promise<void>;
  /** Puts text at the caret in the page; resolves to what to tell the user. Absent: no Insert. */
  insertText?: (text: string, entry: GuideEntry) => Promise<string>;
  /** "Note this" on a red flag: opens the current plan's observations with it ticked. Absent: not offered. */
  onNote?: (entry: GuideEntry) => void;
  /** Told when an entry's message was copied (for "recently used"; inserts are recorded where they happen). */
  onUsed?: (entry: GuideEntry) => void;
  /** Called on Escape with nothing left to clear (the popup closes itself). */
  onDismiss?: () => void;
  initialQuery?: string;
  /** Opens this entry's details right away (omnibox, links). */
  initialEntryId?: string;
  /** Shown above the results (e.g. text the background could not insert). */
  notice?: ComponentChildren;
  footer?: ComponentChildren;
  /**
   * The page's own name, when the guide is the whole page (the popup): an h1 for it, and the
   * results or entry are the page's main landmark (in the side panel they are inside its main).
   */
  pageTitle?: string;
}

/** What the pane shows; an entry opened from the "When it can't wait" card goes back to the card. */
type Pane =
  { view: 'list' } | { view: 'card' } | { view: 'detail'; entry: GuideEntry; fromCard?: boolean } | { view: 'fill'; entry: GuideEntry };

/** Search, browse, copy and insert the guide: the popup's whole UI, and the side panel's Guide tab. */
export function GuideView(props: GuideViewProps) {
  const {
    search,
    crisisCardEs,
    glossaryGuidance,
    pinnedIds,
    onTogglePin,
    copyText,
    insertText,
    onNote,
    onUsed,
    onDismiss,
    initialQuery = '',
    initialEntryId,
    notice,
    footer,
    pageTitle,
  } = props;
  const [query, setQuery] = useState(initialQuery);
  const [kind, setKind] = useState<EntryKind | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [visibleCount, setVisibleCount] = useState(RESULTS_PAGE);
  const initialEntry = initialEntryId ? search.get(initialEntryId) : undefined;
  const [pane, setPane] = useState<Pane>(initialEntry ? { view: 'detail', entry: initialEntry } : { view: 'list' });
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [announced, setAnnounced] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const lang = currentLang();
  const crisisCard = useMemo(
    () => props.crisisCard && localizedCard(props.crisisCard, lang === 'es' ? crisisCardEs : undefined),
    [props.crisisCard, crisisCardEs, lang],
  );
  const crisisRow = useMemo(() => crisisCard && crisisCardEntry(crisisCard), [crisisCard]);
  // The whole card, never inserted: thirty lines into a page. Asked to insert it (Ctrl+Enter),
  // it is copied and the status says so, rather than the key quietly doing something else.
  const copyCard = (askedToInsert = false) => {
    if (crisisRow)
      void copy(
        crisisRow,
        formatEntryMessage(crisisRow),
        'card',
        undefined,
        askedToInsert ? (title) => t('status_card_not_inserted', title) : undefined,
      );
  };
  const fullView = useMemo(() => buildResultView(search, query, kind, pinnedIds, crisisRow), [search, query, kind, pinnedIds, crisisRow]);
  // Only the first results are rendered, so each keystroke redraws little; more on demand.
  const { view, hidden } = useMemo(() => limitView(fullView, visibleCount), [fullView, visibleCount]);
  const options = useMemo(() => flattenOptions(view), [view]);
  const active = options[Math.min(activeIndex, options.length - 1)];

  // Search is where typing goes (unless the reader is moving through the side panel's tabs). As
  // the popup hydrates, not a frame later: a key pressed in between (a Tab to the chips) had its
  // focus taken back (a CI run under load).
  useLayoutEffect(() => landFocus(input.current), []);
  useEffect(() => () => clearTimeout(copiedTimer.current), []);
  // The list changes silently under a screen reader's cursor: say how many and which is first.
  useEffect(() => {
    // Worded only once typing pauses: a keystroke just moves the timer.
    const timer = setTimeout(
      () => setAnnounced(resultsAnnouncement(fullView, query, (entry) => localized(entry, lang).title)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [fullView, query, lang]);
  // An entry opened: the count of the list behind it is gone from the page (browse mode read it
  // there, stale), and coming back does not say it again — the focus is back on the same result.
  useEffect(() => {
    if (pane.view !== 'list') setAnnounced('');
  }, [pane.view]);
  useEffect(() => {
    document.getElementById(active?.optionId ?? '')?.scrollIntoView?.({ block: 'nearest' });
  }, [active?.optionId]);

  const showList = () => {
    setPane({ view: 'list' });
    input.current?.focus();
  };
  const back = () => (pane.view === 'detail' && pane.fromCard ? setPane({ view: 'card' }) : showList());

  async function copy(entry: GuideEntry, text: string, feedbackId: string, inLang?: Lang, said?: (title: string) => string) {
    try {
      await copyText(text);
      setCopiedId(feedbackId);
      const title = localized(entry, lang).title;
      setStatus(said ? said(title) : inLang ? t('status_copied_in', langName(inLang), title) : t('status_copied', title));
      onUsed?.(entry);
      clearTimeout(copiedTimer.current);
      copiedTimer.current = setTimeout(() => setCopiedId(null), COPIED_FEEDBACK_MS);
    } catch {
      setStatus(t('status_copy_failed'));
    }
  }

  async function insert(entry: GuideEntry, text: string) {
    if (!insertText) return;
    setStatus(t('status_inserting'));
    setStatus(await insertText(text, entry));
  }

  /**
   * Enter copies and Ctrl+Enter inserts the whole message at once; personalising it (a first
   * name, call or text) is an optional second step from the entry, never in the way.
   */
  function choose(entry: GuideEntry, optionId: string, action: 'copy' | 'insert', inLang: Lang = lang) {
    // The "When it can't wait" row opens the card: one keystroke from the empty popup. Ctrl+Enter
    // too: its row offers only Open, and thirty lines dropped into a case note surprise.
    if (entry.id === CRISIS_CARD_ID && inLang === lang) setPane({ view: 'card' });
    // Never hand over English when Spanish was asked for (Alt+Enter): a family would be sent
    // words it cannot read.
    else if (inLang === 'es' && !hasSpanish(entry) && inLang !== lang)
      setStatus(t('status_no_version', langName(inLang), localized(entry, lang).title));
    else if (action === 'insert') void insert(entry, formatEntryMessage(entry, inLang));
    // In the Spanish popup an entry not translated yet copies its English, and says so (its row
    // is marked "En inglés" too), rather than leaving the advocate with nothing.
    else void copy(entry, formatEntryMessage(entry, inLang), optionId, copiedLanguage(entry, inLang, lang));
  }

  const indexOf = (optionId: string) => options.findIndex((o) => o.optionId === optionId);

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
      // Alt+Enter: the message in the other language (Spanish from an English interface).
      const inLang = e.altKey ? otherLang() : lang;
      if (e.shiftKey) setPane(active.entry.id === CRISIS_CARD_ID ? { view: 'card' } : { view: 'detail', entry: active.entry });
      else choose(active.entry, active.optionId, (e.ctrlKey || e.metaKey) && insertText ? 'insert' : 'copy', inLang);
    } else if (isNoteKey(e) && onNote && active && pane.view === 'list') {
      e.preventDefault();
      // On anything but a red flag it used to do nothing, in silence (helper-60).
      if (active.entry.kind === 'red-flag') onNote(active.entry);
      else setStatus(t('status_note_flags_only', localized(active.entry, lang).title));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (pane.view !== 'list') back();
      else if (query || kind) {
        setQuery('');
        setKind(null);
        setActiveIndex(0);
        // "Copied in Spanish: …" was about the search just cleared.
        setStatus('');
      } else onDismiss?.();
    }
  }

  const openEntry = (id: string, fromCard = false) => {
    const entry = search.get(id);
    if (entry) setPane({ view: 'detail', entry, fromCard });
  };

  let body;
  if (pane.view === 'card' && crisisCard && crisisRow) {
    body = (
      <CrisisCardView
        card={crisisCard}
        copied={copiedId === 'card'}
        onOpen={(id) => openEntry(id, true)}
        onCopy={() => copyCard()}
        onBack={showList}
      />
    );
  } else if (pane.view === 'fill') {
    const entry = pane.entry;
    body = (
      <FillInForm
        entry={entry}
        fillIns={fillInsFor(entry)}
        lang={lang}
        onCopy={(text) => void copy(entry, text, `fill-${entry.id}`, copiedLanguage(entry, lang, lang))}
        onInsert={insertText ? (text) => void insert(entry, text) : undefined}
        onBack={showList}
      />
    );
  } else if (pane.view === 'detail') {
    const entry = pane.entry;
    body = (
      <EntryDetail
        entry={entry}
        pinned={pinnedIds.includes(entry.id)}
        copied={copiedId === `detail-${entry.id}`}
        onCopy={() => void copy(entry, formatEntryMessage(entry, lang), `detail-${entry.id}`, copiedLanguage(entry, lang, lang))}
        onCopyOther={() => void copy(entry, formatEntryMessage(entry, otherLang()), `detail-other-${entry.id}`, otherLang())}
        onInsert={insertText ? () => void insert(entry, formatEntryMessage(entry, lang)) : undefined}
        onFillIn={fillInsFor(entry).length ? () => setPane({ view: 'fill', entry }) : undefined}
        onNote={onNote && entry.kind === 'red-flag' ? () => onNote(entry) : undefined}
        onTogglePin={() => onTogglePin(entry.id)}
        onBack={back}
        backToCard={pane.fromCard}
        glossaryGuidance={glossaryGuidance}
        titleOf={(id) => {
          // A linked entry's title in the page's language where it has one, as its own detail shows it.
          const related = search.get(id);
          return related && localized(related, lang).title;
        }}
        onOpenEntry={openEntry}
      />
    );
  } else {
    body = (
      <ResultList
        id={LISTBOX_ID}
        view={view}
        query={query}
        activeOptionId={active?.optionId}
        pinnedIds={pinnedIds}
        copiedId={copiedId}
        canInsert={!!insertText}
        onOpen={(id) => {
          const option = options[indexOf(id)];
          if (!option) return;
          setActiveIndex(indexOf(id));
          setPane(option.entry.id === CRISIS_CARD_ID ? { view: 'card' } : { view: 'detail', entry: option.entry });
        }}
        onCopy={(id) => {
          const option = options[indexOf(id)];
          if (option) void copy(option.entry, formatEntryMessage(option.entry, lang), id);
        }}
        onInsert={(id) => {
          const option = options[indexOf(id)];
          if (option) void insert(option.entry, formatEntryMessage(option.entry, lang));
        }}
        onNote={
          onNote &&
          ((id) => {
            const option = options[indexOf(id)];
            if (option) onNote(option.entry);
          })
        }
        onHover={(id) => setActiveIndex(indexOf(id))}
        hidden={hidden}
        onShowMore={() => setVisibleCount((n) => n + hidden)}
        onSuggest={(suggestion) => {
          setQuery(suggestion);
          setActiveIndex(0);
          input.current?.focus();
        }}
      />
    );
  }

  return (
    <div class="guide">
      {/* A landmark, like the results (main) and the footer: nothing a screen reader's landmark list skips. */}
      <header class="guide-head">
        {pageTitle && <h1 class="visually-hidden">{pageTitle}</h1>}
        <SearchBox
          value={query}
          onInput={(value) => {
            setQuery(value);
            // "Copied: …" was about the last search, not this one.
            setStatus('');
            setActiveIndex(0);
            setVisibleCount(RESULTS_PAGE);
            setPane({ view: 'list' });
          }}
          onKeyDown={onKeyDown}
          listboxId={LISTBOX_ID}
          activeOptionId={pane.view === 'list' ? active?.optionId : undefined}
          inputRef={input}
          canInsert={!!insertText}
          canNote={!!onNote}
          expanded={pane.view === 'list'}
        />
        <KindChips
          selected={kind}
          onSelect={(k) => {
            setKind(k);
            setActiveIndex(0);
            setVisibleCount(RESULTS_PAGE);
            showList();
          }}
        />
      </header>
      {notice}
      {/* Focusable so keyboard users can scroll a long list or entry (the options themselves are not). */}
      <div
        class="pane"
        tabIndex={0}
        role={pageTitle ? 'main' : 'region'}
        aria-label={pane.view === 'list' ? t('results_region') : t('entry_region')}
        onKeyDown={(e) => {
          // In an entry the list's keys act on it, as the footer says; its buttons and links keep Enter.
          if (pane.view === 'detail' && e.key === 'Enter' && !(e.target as Element).closest('a,button,input')) {
            e.preventDefault();
            choose(pane.entry, '', (e.ctrlKey || e.metaKey) && insertText ? 'insert' : 'copy', e.altKey ? otherLang() : lang);
          } else if (pane.view === 'card' && e.key === 'Enter' && !(e.target as Element).closest('a,button,input')) {
            // The card as an entry: Enter copies it, as the card's own Copy does.
            e.preventDefault();
            copyCard(e.ctrlKey || e.metaKey);
          } else if (pane.view === 'list' && e.key === 'Escape') {
            // Tabbed past the chips into the list: Escape goes back to the search box, where the keys work.
            e.preventDefault();
            input.current?.focus();
          }
        }}
      >
        {body}
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <Announcement name="results-announcement" text={announced} />
      {footer}
    </div>
  );
}
