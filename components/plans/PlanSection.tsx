import type { GuideEntry } from '@/content';
import type { FieldConflict } from '@/utils/plans/edit-session';
import type { Section } from '@/utils/plans/form';
import type { FieldValue, Plan } from '@/utils/plans/model';
import { ConflictNotice } from './ConflictNotice';
import { FieldEditor } from './FieldEditor';
import { SectionAdvice } from './SectionAdvice';

interface PlanSectionProps {
  number: number;
  section: Section;
  plan: Plan;
  advice: GuideEntry[];
  /** For section 12: the return phrasings, insertable into its notes. */
  phrasings?: GuideEntry[];
  conflicts: FieldConflict[];
  onEdit: (fieldId: string, value: FieldValue) => string | undefined;
  onKeepMine: (fieldId: string) => void;
  onDismissConflict: (fieldId: string) => void;
  onCopySection: () => void;
}

/** One numbered section of the plan: its fields, the guide's advice beside them, a copy button. */
export function PlanSection({
  number,
  section,
  plan,
  advice,
  phrasings,
  conflicts,
  onEdit,
  onKeepMine,
  onDismissConflict,
  onCopySection,
}: PlanSectionProps) {
  const headingId = `section-${section.id}`;
  const insertTarget = section.fields.find((f) => f.id === 'returnNotes');
  return (
    <section class="plan-section" aria-labelledby={headingId}>
      <div class="section-head">
        <h3 id={headingId}>
          {number}. {section.title}
        </h3>
        <button type="button" class="small" onClick={onCopySection} aria-label={`Copy section “${section.title}” as text`}>
          Copy
        </button>
      </div>
      <p class="prompt">{section.prompt}</p>
      {section.fields.map((field) => (
        <div key={field.id}>
          <FieldEditor field={field} value={plan.data[field.id]} onEdit={(value) => onEdit(field.id, value)} />
          {conflicts
            .filter((c) => c.fieldId === field.id)
            .map((c) => (
              <ConflictNotice
                key={c.fieldId}
                label={field.label}
                conflict={c}
                onKeepMine={() => onKeepMine(c.fieldId)}
                onDismiss={() => onDismissConflict(c.fieldId)}
              />
            ))}
        </div>
      ))}
      <SectionAdvice entries={advice} practice={section.practice} />
      {phrasings && insertTarget && (
        <SectionAdvice
          entries={phrasings}
          onInsert={(text) => {
            const current = typeof plan.data[insertTarget.id] === 'string' ? (plan.data[insertTarget.id] as string) : '';
            onEdit(insertTarget.id, current ? `${current}\n${text}` : text);
          }}
        />
      )}
    </section>
  );
}
