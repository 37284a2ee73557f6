import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { t } from '@/utils/i18n';
import { formatLongDate, questionObservationDates } from '@/utils/observations/dates';
import { labellingWords, quoted } from '@/utils/observations/labelling-words';
import { shownObservationField } from '@/utils/observations/shown-field';
import type { FieldValue } from '@/utils/plans/model';
import { textOf } from '@/utils/plans/observation-model';
import type { ObservationEditState } from '@/utils/plans/observation-session';
import { ConflictNotice } from '../plans/ConflictNotice';
import { FieldEditor } from '../plans/FieldEditor';
import { FieldNote } from '../plans/FieldNote';
import { closeOnEscape, useFocusBack } from '../use-focus-back';
import { FlagChecklist } from './FlagChecklist';

interface ObservationEditorProps {
  state: ObservationEditState;
  /** The guide's red flags, in the page's language. */
  flags: readonly GuideEntry[];
  /** Today, YYYY-MM-DD: dates after it, or long before, are questioned. */
  today: string;
  /** Changes whenever a "Note this" lands here: the caret goes to "What you saw or heard". */
  focusSeen?: number;
  /** The red flag "Note this" just ticked: said where the caret is, since the checklist may be out of view. */
  noted?: Noted;
  /** An element (by id) to focus when an observation opens, instead of its heading or what was seen. */
  focusOnOpen?: string;
  /** Opened to reword (from the court note's warning): the caret goes to the first labelling word. */
  reword?: boolean;
  onEdit: (fieldId: string, value: FieldValue) => string | undefined;
  onKeepMine: (fieldId: string) => void;
  onDismissConflict: (fieldId: string) => void;
  onDone: () => void;
  onDelete: () => void;
  onShowRevisions: () => void;
}

/** A red flag "Note this" ticked (its title), in a new observation or `into` the one open (its date observed, or ''). */
export interface Noted {
  flag: string;
  into?: string;
}

const NOTED_ID = 'observation-noted';

/** What "Note this" did, in words: which flag, and whether it went into the observation already open. */
function notedText(noted: Noted | undefined): string {
  if (!noted) return '';
  if (noted.into === undefined) return t('obs_noted_flag', noted.flag);
  return noted.into ? t('obs_noted_flag_open_dated', noted.flag, formatLongDate(noted.into)) : t('obs_noted_flag_open', noted.flag);
}

/** The note under a text field that names words labelling the youth. */
const labellingNoteId = (fieldId: string) => `field-${fieldId}-labels`;

/** The first text field whose words label the youth, and the first such word: where to reword. */
function firstLabelling(record: ObservationEditState['record']): { fieldId: string; word: string } | undefined {
  for (const fieldId of ['seen', 'followUp']) {
    const [word] = labellingWords(textOf(record, fieldId));
    if (word) return { fieldId, word };
  }
  return undefined;
}

/** Selects the first `word` in the field (as typed, any case); the caret stays put when it is disguised. */
function selectWord(field: HTMLTextAreaElement, word: string) {
  const at = field.value.toLowerCase().indexOf(word.toLowerCase());
  if (at >= 0) field.setSelectionRange(at, at + word.length);
}

/** The ticked flags with `id` ticked or not (unticked ones are left out, not stored as false). */
function withFlag(checked: Record<string, boolean>, id: string, on: boolean): Record<string, boolean> {
  const next = { ...checked, [id]: true };
  if (!on) delete next[id];
  return next;
}

/** One observation's fields, autosaved on each edit like the plan's; dates questioned, never refused. */
export function ObservationEditor(props: ObservationEditorProps) {
  const {
    state,
    flags,
    today,
    focusSeen,
    focusOnOpen,
    reword,
    noted,
    onEdit,
    onKeepMine,
    onDismissConflict,
    onDone,
    onDelete,
    onShowRevisions,
  } = props;
  const { record, conflicts } = state;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  /** The closed question gives the focus back to "Delete…", never to the page. */
  const { container: actions, focusBack } = useFocusBack<'delete'>();
  // The safe answer has the focus (as deleting a plan): a second Enter never deletes.
  useLayoutEffect(() => {
    if (confirming) cancelDelete.current?.focus();
  }, [confirming]);
  const closeQuestion = () => {
    setConfirming(false);
    focusBack('delete');
  };
  const questions = questionObservationDates(record.data, today);
  const observed = textOf(record, 'observedOn');

  // One place decides where the caret goes as an observation opens, so nothing races for it.
  useEffect(() => {
    const words = reword ? firstLabelling(record) : undefined;
    const target =
      (words && document.getElementById(`field-${words.fieldId}`)) ||
      (focusOnOpen && document.getElementById(focusOnOpen)) ||
      heading.current;
    target?.focus();
    // The word to fix selected: typed over at once, and a screen reader reads it with the field
    // (which it describes: the note naming the word is part of the field's description).
    if (words && target instanceof HTMLTextAreaElement) selectWord(target, words.word);
  }, [record.id]);
  useEffect(() => {
    if (focusSeen && !focusOnOpen) document.getElementById('field-seen')?.focus();
  }, [focusSeen]);

  const labelling = (id: string) => {
    const words = labellingWords(textOf(record, id));
    return words.length ? t('obs_seen_says', quoted(words)) : '';
  };
  const field = (id: string) => {
    // Labels in the page's language; choices ("Who") shown in it, stored as the form has them.
    const shown = shownObservationField(id);
    const f = shown.field;
    return (
      <div key={id}>
        <FieldEditor
          field={f}
          value={shown.show(record.data[id])}
          onEdit={(value) => onEdit(id, shown.store(value))}
          // What was seen is where "Note this" puts the caret: the field is described by what it did.
          describedBy={f.kind === 'text' ? [labellingNoteId(id), id === 'seen' && noted && NOTED_ID].filter(Boolean).join(' ') : undefined}
        />
        {((f.kind === 'line' && f.type === 'date') || id === 'told') && <FieldNote text={questions[id] ?? ''} />}
        {f.kind === 'text' && (
          // Words that label the youth ("victim", "trafficked"), said as they are typed, not only
          // when a note for the court is about to leave the panel; part of the field's description,
          // so a reader sent here to reword hears why.
          <FieldNote id={labellingNoteId(id)} text={labelling(id)} />
        )}
        {conflicts
          .filter((c) => c.fieldId === id)
          .map((c) => (
            <ConflictNotice
              key={id}
              label={f.label}
              conflict={c}
              onKeepMine={() => onKeepMine(id)}
              onDismiss={() => onDismissConflict(id)}
            />
          ))}
      </div>
    );
  };
  const checked = (record.data.flags ?? {}) as Record<string, boolean>;

  return (
    // Escape leaves as Done does (helper-75): everything is already saved. A question open inside
    // (Delete…) takes its own Escape first; from a field while it is open, Escape closes it and
    // leaves the caret where it is (it had closed the observation, question and all).
    <section
      class="observation-editor"
      aria-labelledby="observation-title"
      onKeyDown={closeOnEscape(() => (confirming ? setConfirming(false) : onDone()))}
    >
      <h3 id="observation-title" tabIndex={-1} ref={heading}>
        {observed ? t('obs_editor_title_dated', formatLongDate(observed)) : t('obs_editor_title')}
      </h3>
      <div class="observation-dates">
        {field('observedOn')}
        {field('writtenOn')}
      </div>
      <FlagChecklist
        flags={flags}
        legend={shownObservationField('flags').field.label}
        checked={checked}
        onToggle={(id, on) => onEdit('flags', withFlag(checked, id, on))}
      />
      {/* Always there, so the tick "Note this" made is announced (helper-58: it happened off screen, in silence). */}
      <p class="ok noted-flag" id={NOTED_ID} aria-live="polite">
        {notedText(noted)}
      </p>
      {['seen', 'reportedBy', 'told', 'followUp'].map(field)}
      {confirming ? (
        <div class="banner" role="alertdialog" aria-labelledby="delete-observation" onKeyDown={closeOnEscape(closeQuestion)}>
          <p id="delete-observation">{t('obs_delete_confirm')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={onDelete}>
              {t('obs_delete_for_good')}
            </button>
            <button type="button" ref={cancelDelete} onClick={closeQuestion}>
              {t('obs_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions" ref={actions}>
          <button type="button" class="primary" onClick={onDone}>
            {t('obs_done')}
          </button>
          <button type="button" onClick={onShowRevisions}>
            {t('obs_earlier_versions')}
          </button>
          <button type="button" data-action="delete" onClick={() => setConfirming(true)}>
            {t('obs_delete_ask')}
          </button>
        </div>
      )}
    </section>
  );
}
