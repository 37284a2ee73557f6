import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { formatLongDate, questionObservationDates } from '@/utils/observations/dates';
import type { FieldValue } from '@/utils/plans/model';
import { OBSERVATION_FIELDS, textOf } from '@/utils/plans/observation-model';
import type { ObservationEditState } from '@/utils/plans/observation-session';
import { ConflictNotice } from '../plans/ConflictNotice';
import { FieldEditor } from '../plans/FieldEditor';
import { FlagChecklist } from './FlagChecklist';

interface ObservationEditorProps {
  state: ObservationEditState;
  flags: readonly GuideEntry[];
  /** Today, YYYY-MM-DD: dates after it, or long before, are questioned. */
  today: string;
  /** Changes whenever a "Note this" lands here: the caret goes to "What you saw or heard". */
  focusSeen?: number;
  onEdit: (fieldId: string, value: FieldValue) => string | undefined;
  onKeepMine: (fieldId: string) => void;
  onDismissConflict: (fieldId: string) => void;
  onDone: () => void;
  onDelete: () => void;
  onShowRevisions: () => void;
}

/** The ticked flags with `id` ticked or not (unticked ones are left out, not stored as false). */
function withFlag(checked: Record<string, boolean>, id: string, on: boolean): Record<string, boolean> {
  const next = { ...checked, [id]: true };
  if (!on) delete next[id];
  return next;
}

/** One observation's fields, autosaved on each edit like the plan's; dates questioned, never refused. */
export function ObservationEditor(props: ObservationEditorProps) {
  const { state, flags, today, focusSeen, onEdit, onKeepMine, onDismissConflict, onDone, onDelete, onShowRevisions } = props;
  const { record, conflicts } = state;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const questions = questionObservationDates(record.data, today);
  const observed = textOf(record, 'observedOn');

  useEffect(() => heading.current?.focus(), [record.id]);
  useEffect(() => {
    if (focusSeen) document.getElementById('field-seen')?.focus();
  }, [focusSeen]);

  const field = (id: string) => {
    const f = OBSERVATION_FIELDS.get(id)!;
    return (
      <div key={id}>
        <FieldEditor field={f} value={record.data[id]} onEdit={(value) => onEdit(id, value)} />
        {f.kind === 'line' && f.type === 'date' && (
          // Always there, so a question appearing as the date is typed is announced.
          <p class="date-question" aria-live="polite">
            {questions[id] ?? ''}
          </p>
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
    <section class="observation-editor" aria-labelledby="observation-title">
      <h3 id="observation-title" tabIndex={-1} ref={heading}>
        Observation{observed ? ` of ${formatLongDate(observed)}` : ''}
      </h3>
      <div class="observation-dates">
        {field('observedOn')}
        {field('writtenOn')}
      </div>
      <FlagChecklist flags={flags} checked={checked} onToggle={(id, on) => onEdit('flags', withFlag(checked, id, on))} />
      {['seen', 'told', 'followUp'].map(field)}
      {confirming ? (
        <div class="banner" role="alertdialog" aria-labelledby="delete-observation">
          <p id="delete-observation">Delete this observation and its earlier versions? This cannot be undone, except from a backup.</p>
          <div class="actions">
            <button type="button" class="danger" onClick={onDelete}>
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="primary" onClick={onDone}>
            Done
          </button>
          <button type="button" onClick={onShowRevisions}>
            Earlier versions
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        </div>
      )}
    </section>
  );
}
