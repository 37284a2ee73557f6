import { useState } from 'preact/hooks';
import { composeCourtNote, csecStatusConfirmed, wordsToReconsider } from '@/utils/observations/court-note';
import { PLAN_FIELDS } from '@/utils/plans/form';
import type { FieldValue, Plan } from '@/utils/plans/model';
import type { Observation } from '@/utils/plans/observation-model';
import { FieldEditor } from '../plans/FieldEditor';
import { CsecWarning } from './CsecWarning';
import { ObservationPicker } from './ObservationPicker';

interface CourtNoteProps {
  plan: Plan;
  /** In date order. */
  observations: readonly Observation[];
  chosen: ReadonlySet<string>;
  onChoose: (chosen: Set<string>) => void;
  /** The guide's neutral wording of a red flag. */
  wording: (flagId: string) => string | undefined;
  /** The handout's note on confidentiality, quoted in the warning. */
  confidentialityNote: string;
  /** Writes a plan field (here: whether CSEC status is confirmed). */
  onEditPlan: (fieldId: string, value: FieldValue) => string | undefined;
  /** Plan text: copying goes through the clipboard warning; inserting never falls back to the clipboard. */
  onCopy: (text: string) => void;
  onInsert: (text: string) => void;
}

/** A short, dated, factual paragraph from chosen observations, for the case file or a court report. */
export function CourtNote({
  plan,
  observations,
  chosen,
  onChoose,
  wording,
  confidentialityNote,
  onEditPlan,
  onCopy,
  onInsert,
}: CourtNoteProps) {
  const [asking, setAsking] = useState<'Copy' | 'Insert' | null>(null);
  const note = composeCourtNote(
    observations.filter((o) => chosen.has(o.id)),
    wording,
  );
  const words = wordsToReconsider(note, plan);
  const send = (action: 'Copy' | 'Insert') => {
    if (words.length && !asking) return setAsking(action);
    setAsking(null);
    (action === 'Copy' ? onCopy : onInsert)(note);
  };

  return (
    <section class="court-note" aria-labelledby="court-note-title">
      <h3 id="court-note-title">Note for the case file or court report</h3>
      <p class="hint">Dated facts in neutral words: what was seen and when, and who was told. It never labels the youth.</p>
      <ObservationPicker legend="Observations to include" observations={observations} chosen={chosen} onChange={onChoose} />
      <FieldEditor
        field={PLAN_FIELDS.get('csecStatus')!}
        value={plan.data.csecStatus}
        onEdit={(value) => onEditPlan('csecStatus', value)}
      />
      {!csecStatusConfirmed(plan) && <p class="hint">Until it is confirmed, the note is checked for words that share CSEC status.</p>}
      <h4 id="court-note-preview-title">The note</h4>
      {note ? (
        <p class="note-preview" aria-labelledby="court-note-preview-title">
          {note}
        </p>
      ) : (
        <p class="hint">Choose one or more observations above.</p>
      )}
      {words.length > 0 && !asking && (
        <p class="date-question" role="status">
          It says {words.map((w) => `“${w}”`).join(', ')}: you will be asked before it leaves the panel.
        </p>
      )}
      {asking ? (
        <CsecWarning
          words={words}
          quote={confidentialityNote}
          action={asking}
          onContinue={() => send(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : (
        <div class="actions">
          <button type="button" class="primary" disabled={!note} onClick={() => send('Insert')}>
            Insert into page
          </button>
          <button type="button" disabled={!note} onClick={() => send('Copy')}>
            Copy…
          </button>
        </div>
      )}
    </section>
  );
}
