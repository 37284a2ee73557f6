import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { composeCourtNote, csecStatusConfirmed, wordsToReconsider } from '@/utils/observations/court-note';
import { shownPlanField } from '@/utils/observations/shown-field';
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
  /** The guide's neutral wording of a red flag, in the page's language. */
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
  const [asking, setAsking] = useState<'copy' | 'insert' | null>(null);
  const note = composeCourtNote(
    observations.filter((o) => chosen.has(o.id)),
    wording,
  );
  const words = wordsToReconsider(note, plan);
  const send = (action: 'copy' | 'insert') => {
    if (words.length && !asking) return setAsking(action);
    setAsking(null);
    (action === 'copy' ? onCopy : onInsert)(note);
  };
  // Its choices are shown in the page's language and stored as the form has them.
  const csecStatus = shownPlanField('csecStatus');

  return (
    <section class="court-note" aria-labelledby="court-note-title">
      <h3 id="court-note-title">{t('obs_note_title')}</h3>
      <p class="hint">{t('obs_note_hint')}</p>
      <ObservationPicker legend={t('obs_note_include')} observations={observations} chosen={chosen} onChange={onChoose} />
      <FieldEditor
        field={csecStatus.field}
        value={csecStatus.show(plan.data.csecStatus)}
        onEdit={(value) => onEditPlan('csecStatus', csecStatus.store(value))}
      />
      {!csecStatusConfirmed(plan) && <p class="hint">{t('obs_note_checked_until')}</p>}
      <h4 id="court-note-preview-title">{t('obs_note_preview')}</h4>
      {note ? (
        <p class="note-preview" aria-labelledby="court-note-preview-title">
          {note}
        </p>
      ) : (
        <p class="hint">{t('obs_note_choose')}</p>
      )}
      {words.length > 0 && !asking && (
        <p class="date-question" role="status">
          {t('obs_note_says', words.map((w) => `“${w}”`).join(', '))}
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
          <button type="button" class="primary" disabled={!note} onClick={() => send('insert')}>
            {t('obs_insert')}
          </button>
          <button type="button" disabled={!note} onClick={() => send('copy')}>
            {t('obs_copy')}
          </button>
        </div>
      )}
    </section>
  );
}
