import { useLayoutEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { composeCourtNote, csecStatusConfirmed, wordsToReconsider } from '@/utils/observations/court-note';
import { formatLongDate, questionPlanDates } from '@/utils/observations/dates';
import { noteChecks } from '@/utils/observations/note-checks';
import { labellingWords, labelsOfYouth, quoted } from '@/utils/observations/labelling-words';
import { shownPlanField } from '@/utils/observations/shown-field';
import { fieldAsked, PLAN_FIELDS } from '@/utils/plans/form';
import type { FieldValue, Plan } from '@/utils/plans/model';
import { textOf, type Observation } from '@/utils/plans/observation-model';
import { FieldEditor } from '../plans/FieldEditor';
import { FieldNote } from '../plans/FieldNote';
import { useFocusBack } from '../use-focus-back';
import { CsecWarning } from './CsecWarning';
import { ObservationPicker } from './ObservationPicker';

interface CourtNoteProps {
  plan: Plan;
  /** In date order. */
  observations: readonly Observation[];
  chosen: ReadonlySet<string>;
  onChoose: (chosen: Set<string>) => void;
  /** The guide's neutral wording of a red flag, in `lang`. */
  wording: (flagId: string, lang: Lang) => string | undefined;
  /** The language the note is written in: the page's, or the other one the advocate chose. */
  noteLang: Lang;
  /** The languages the note can be written in (both, in the side panel). */
  noteLangs: readonly Lang[];
  onNoteLang: (lang: Lang) => void;
  /** The handout's note on confidentiality, quoted in the warning. */
  confidentialityNote: string;
  /** Writes a plan field (here: whether CSEC status is confirmed). */
  onEditPlan: (fieldId: string, value: FieldValue) => string | undefined;
  /** Plan text: copying goes through the clipboard warning; inserting never falls back to the clipboard. */
  onCopy: (text: string) => void;
  onInsert: (text: string) => void;
  /** Opens an observation to reword it (the note is written from the observations). */
  onReword: (observationId: string) => void;
  /** Today, YYYY-MM-DD: a chosen observation dated after it (or years back) is questioned here too. */
  today: string;
}

/** A short, dated, factual paragraph from chosen observations, for the case file or a court report. */
export function CourtNote({
  plan,
  observations,
  chosen,
  onChoose,
  wording,
  noteLang,
  noteLangs,
  onNoteLang,
  confidentialityNote,
  onEditPlan,
  onCopy,
  onInsert,
  onReword,
  today,
}: CourtNoteProps) {
  const [asking, setAsking] = useState<'copy' | 'insert' | null>(null);
  /** A closed question gives the focus back to the button that asked it. */
  const { container: actions, focusBack } = useFocusBack<'copy' | 'insert'>();
  const picked = observations.filter((o) => chosen.has(o.id));
  const note = composeCourtNote(picked, (id) => wording(id, noteLang), noteLang);
  const words = wordsToReconsider(note, plan);
  const confirmed = csecStatusConfirmed(plan);
  // Confirmed status lets CSEC words through; a word that labels the youth is still pointed out.
  const labels = confirmed ? labelsOfYouth(note) : [];
  const checks = noteChecks(picked, today);
  const mustAsk = words.length > 0 || checks.sentences.length > 0;
  // The question closes itself once there is nothing left to ask (status confirmed meanwhile).
  const warning = mustAsk ? asking : null;
  useLayoutEffect(() => {
    if (!mustAsk) setAsking(null);
  }, [mustAsk]);
  const send = (action: 'copy' | 'insert') => {
    if (mustAsk && !warning) return setAsking(action);
    setAsking(null);
    (action === 'copy' ? onCopy : onInsert)(note);
  };
  // The observations whose own words say it: where the advocate rewords.
  const saying = picked.filter((o) => labellingWords(`${textOf(o, 'seen')} ${textOf(o, 'followUp')}`).length > 0);
  // Its choices are shown in the page's language and stored as the form has them.
  const csecStatus = shownPlanField('csecStatus');
  // Confirmed, the note is no longer questioned: the plan says who confirmed it, how and when (helper-69).
  const details = PLAN_FIELDS.get('csecStatus')?.details ?? [];
  const record = details.filter((f) => fieldAsked(f, plan.data)).map((f) => ({ id: f.id, ...shownPlanField(f.id) }));
  const unrecorded = confirmed && details.some((f) => !String(plan.data[f.id] ?? '').trim());
  const dateQuestions = questionPlanDates(plan.data, today);
  // CSEC words let through by confirmed status: still a status named, not something seen.
  const named = confirmed ? labellingWords(note).filter((w) => !labels.includes(w)) : [];

  return (
    <section class="court-note" aria-labelledby="court-note-title">
      <h3 id="court-note-title">{t('obs_note_title')}</h3>
      <p class="hint">{t('obs_note_hint')}</p>
      <ObservationPicker legend={t('obs_note_include')} observations={observations} chosen={chosen} onChange={onChoose} markFlagsOnly />
      <FieldEditor
        field={csecStatus.field}
        value={csecStatus.show(plan.data.csecStatus)}
        onEdit={(value) => onEditPlan('csecStatus', csecStatus.store(value))}
      />
      {record.map((f) => (
        <div key={f.id}>
          <FieldEditor field={f.field} value={f.show(plan.data[f.id])} onEdit={(value) => onEditPlan(f.id, f.store(value))} />
          {f.field.kind === 'line' && f.field.type === 'date' && <FieldNote text={dateQuestions[f.id] ?? ''} />}
        </div>
      ))}
      {unrecorded && <p class="hint">{t('obs_note_confirm_record')}</p>}
      {!confirmed && <p class="hint">{t('obs_note_checked_until')}</p>}
      {/* A volunteer with a Spanish interface may write English court reports (helper-62):
          the note's language is its own, remembered, and the interface stays as it is. */}
      {noteLangs.length > 1 && (
        <fieldset class="field note-language">
          <legend>{t('obs_note_language')}</legend>
          {noteLangs.map((lang) => (
            <label key={lang} lang={lang}>
              <input type="radio" name="note-language" value={lang} checked={lang === noteLang} onChange={() => onNoteLang(lang)} />
              {/* Each named in itself, whatever the page speaks. */}
              {t(lang === 'es' ? 'obs_note_lang_es' : 'obs_note_lang_en')}
            </label>
          ))}
        </fieldset>
      )}
      <h4 id="court-note-preview-title">{t('obs_note_preview')}</h4>
      {note ? (
        <p class="note-preview" lang={noteLang} aria-labelledby="court-note-preview-title">
          {note}
        </p>
      ) : (
        <p class="hint">{t('obs_note_choose')}</p>
      )}
      {/* One status, always in the page: what the note says is worded into it (helper-60: a
          status inserted with its words already in it is skipped by some screen readers). */}
      <div class="note-checks" role="status">
        {/* Said once: an open warning lists them with what to do about them (helper-81 read them twice). */}
        {note &&
          !warning &&
          checks.sentences.map((sentence) => (
            <p key={sentence} class="date-question">
              {sentence}
            </p>
          ))}
        {labels.length > 0 && <p class="date-question">{t('obs_note_labels', quoted(labels))}</p>}
        {named.length > 0 && <p class="date-question">{t('obs_note_confirmed_words', quoted(named))}</p>}
        {words.length > 0 && !warning && <p class="date-question">{t('obs_note_says', quoted(words))}</p>}
      </div>
      {warning ? (
        <CsecWarning
          words={words}
          checks={checks.sentences}
          quote={confidentialityNote}
          action={warning}
          reword={[
            ...saying.map((o) => ({
              label: t('obs_warning_reword', formatLongDate(textOf(o, 'observedOn')) || t('obs_editor_title')),
              onClick: () => onReword(o.id),
            })),
            ...checks.about
              .filter((o) => !saying.includes(o))
              .map((o) => ({
                label: t('obs_check_open', formatLongDate(textOf(o, 'observedOn')) || t('obs_editor_title')),
                onClick: () => onReword(o.id),
              })),
          ]}
          onContinue={() => {
            // "Copy…" has the focus again before the clipboard warning opens over it, so that
            // warning gives it back there (its "Copy anyway" is gone by then).
            focusBack(warning);
            send(warning);
          }}
          onCancel={() => {
            setAsking(null);
            focusBack(warning);
          }}
        />
      ) : (
        <div class="actions" ref={actions}>
          <button type="button" class="primary" data-action="insert" disabled={!note} onClick={() => send('insert')}>
            {t('obs_insert')}
          </button>
          <button type="button" data-action="copy" disabled={!note} onClick={() => send('copy')}>
            {t('obs_copy')}
          </button>
        </div>
      )}
    </section>
  );
}
