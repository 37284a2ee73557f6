import { useEffect, useRef } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { t } from '@/utils/i18n';
import { isoDate, questionPlanDates } from '@/utils/observations/dates';
import { questionNickname } from '@/utils/plans/nickname';
import { shownPlanFieldOf, shownSection } from '@/utils/observations/shown-field';
import type { FieldConflict } from '@/utils/plans/edit-session';
import { fieldAsked, sectionFields, type Section } from '@/utils/plans/form';
import type { FieldValue, Plan } from '@/utils/plans/model';
import { sectionProgress } from '@/utils/plans/progress';
import { ConflictNotice } from './ConflictNotice';
import { FieldEditor } from './FieldEditor';
import { ReturnPhrasings } from './ReturnPhrasings';
import { SectionTips } from './SectionTips';
import { FieldNote } from './FieldNote';
import { SectionProgress } from './SectionProgress';

interface PlanSectionProps {
  number: number;
  section: Section;
  plan: Plan;
  advice: GuideEntry[];
  /** For section 12: the return phrasings, insertable into its notes. */
  phrasings?: GuideEntry[];
  conflicts: FieldConflict[];
  open: boolean;
  /** Opens or closes a section (by its id: one stable function for all of them). */
  onToggle: (sectionId: string, open: boolean) => void;
  onEdit: (fieldId: string, value: FieldValue) => string | undefined;
  onKeepMine: (fieldId: string) => void;
  onDismissConflict: (fieldId: string) => void;
  onCopySection: () => void;
  /** Today, YYYY-MM-DD (the local date unless a test gives one): dates are questioned against it. */
  today?: string;
}

/** The heading of a section: its number, title and fill status; it opens and closes the section. */
export const sectionToggleId = (sectionId: string) => `section-${sectionId}`;

/** One numbered section of the plan, collapsible: its fields, one “Tips”, and a copy button. */
export function PlanSection(props: PlanSectionProps) {
  const { number, section, plan, advice, phrasings, conflicts, open, onToggle, onEdit, onKeepMine, onDismissConflict, onCopySection } =
    props;
  const questions = questionPlanDates(plan.data, props.today ?? isoDate());
  const toggleId = sectionToggleId(section.id);
  const bodyId = `${toggleId}-body`;
  const progress = sectionProgress(section, plan);
  const words = shownSection(section);
  const insertTarget = section.fields.find((f) => f.id === 'returnNotes');
  const body = useRef<HTMLDivElement>(null);
  // A closed section is hidden "until found": the browser's find in page (Ctrl+F) still
  // reaches its text, and opens it (Chrome; elsewhere it is simply hidden).
  useEffect(() => {
    const el = body.current;
    const onMatch = () => onToggle(section.id, true);
    el?.addEventListener('beforematch', onMatch);
    return () => el?.removeEventListener('beforematch', onMatch);
  }, [onToggle, section.id]);

  return (
    <section class={open ? 'plan-section open' : 'plan-section'} aria-labelledby={toggleId}>
      <h3 class="section-head">
        <button
          id={toggleId}
          type="button"
          class="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-describedby={progress.listed ? `${toggleId}-listed` : undefined}
          onClick={() => onToggle(section.id, !open)}
        >
          <span class="section-title">
            {number}. {words.title}
          </span>{' '}
          <SectionProgress filled={progress.filled} total={progress.total} />
        </button>
      </h3>
      {/* Shown under the heading, so a closed list that starts with rows does not look empty beside
          "0 of 1" (helper-81), and heard as the heading's description: hidden from reading in
          order, so it is not read twice (helper-83). */}
      {!!progress.listed && (
        <p id={`${toggleId}-listed`} class="section-listed" aria-hidden="true">
          {t('section_listed', progress.listed)}
        </p>
      )}
      <div ref={body} id={bodyId} class="section-body" hidden={open ? undefined : 'until-found'}>
        <p class="prompt">{words.prompt}</p>
        {sectionFields(section)
          .filter((field) => fieldAsked(field, plan.data))
          .map((field) => {
            // Labels in the page's language; choices shown in it, stored as the form has them.
            const shown = shownPlanFieldOf(field);
            return (
              <div key={field.id}>
                <FieldEditor
                  field={shown.field}
                  value={shown.show(plan.data[field.id])}
                  onEdit={(value) => onEdit(field.id, shown.store(value))}
                />
                {field.kind === 'line' && field.type === 'date' && <FieldNote text={questions[field.id] ?? ''} />}
                {/* The form asks for a nickname or initials: a full name is questioned, never refused (helper-62). */}
                {field.id === 'nickname' && <FieldNote text={questionNickname(String(plan.data.nickname ?? ''))} />}
                {conflicts
                  .filter((c) => c.fieldId === field.id)
                  .map((c) => (
                    <ConflictNotice
                      key={c.fieldId}
                      label={shown.field.label}
                      conflict={c}
                      onKeepMine={() => onKeepMine(c.fieldId)}
                      onDismiss={() => onDismissConflict(c.fieldId)}
                    />
                  ))}
              </div>
            );
          })}
        {phrasings && insertTarget && (
          <ReturnPhrasings
            entries={phrasings}
            onInsert={(text) => {
              const current = typeof plan.data[insertTarget.id] === 'string' ? (plan.data[insertTarget.id] as string) : '';
              onEdit(insertTarget.id, current ? `${current}\n${text}` : text);
            }}
          />
        )}
        <div class="section-foot">
          <SectionTips entries={advice} practice={words.practice} section={words.title} />
          <button type="button" class="small" onClick={onCopySection} aria-label={t('section_copy_label', words.title)}>
            {t('section_copy')}
          </button>
        </div>
      </div>
    </section>
  );
}
