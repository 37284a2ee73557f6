import type { GuideEntry } from '@/content';
import type { EditState } from '@/utils/plans/edit-session';
import { PLAN_SECTIONS, RETURN_PHRASE_IDS } from '@/utils/plans/form';
import { planTitle } from '@/utils/plans/format';
import type { FieldValue } from '@/utils/plans/model';
import { PlanSection } from './PlanSection';
import { SaveStatusBadge } from './SaveStatusBadge';

interface PlanEditorProps {
  state: EditState;
  /** Guide entries by id, for the advice beside each section. */
  entry: (id: string) => GuideEntry | undefined;
  onEdit: (fieldId: string, value: FieldValue) => string | undefined;
  onKeepMine: (fieldId: string) => void;
  onDismissConflict: (fieldId: string) => void;
  onBack: () => void;
  onCopyPlan: () => void;
  onCopySection: (sectionId: string) => void;
  onPrint: (view: 'plan' | 'wallet') => void;
  onShowRevisions: () => void;
  /** Opens this youth's observations (red flags noticed, notes for the court report). */
  onObservations: () => void;
}

/** The plan form: every section of the reference, autosaved on each edit (no Save button). */
export function PlanEditor({
  state,
  entry,
  onEdit,
  onKeepMine,
  onDismissConflict,
  onBack,
  onCopyPlan,
  onCopySection,
  onPrint,
  onShowRevisions,
  onObservations,
}: PlanEditorProps) {
  const { plan, status, conflicts } = state;
  const nickname = typeof plan.data.nickname === 'string' ? plan.data.nickname : '';
  const entries = (ids: readonly string[]) => ids.map(entry).filter((e): e is GuideEntry => !!e);
  return (
    <div class="editor">
      <header class="editor-head">
        <div class="editor-bar">
          <button type="button" class="link-button" onClick={onBack}>
            ← All plans
          </button>
          <SaveStatusBadge status={status} />
        </div>
        <h2>{planTitle(nickname)}</h2>
        <div class="actions" role="group" aria-label="Plan actions">
          <button type="button" class="small primary" onClick={onObservations}>
            Observations
          </button>
          <button type="button" class="small" onClick={onCopyPlan}>
            Copy as text
          </button>
          <button type="button" class="small" onClick={() => onPrint('plan')}>
            Print
          </button>
          <button type="button" class="small" onClick={() => onPrint('wallet')}>
            Wallet card
          </button>
          <button type="button" class="small" onClick={onShowRevisions}>
            Earlier versions
          </button>
        </div>
      </header>
      <p class="note">Use the youth’s nickname or initials only, never a full name. Every change is saved on this device as you type.</p>
      {PLAN_SECTIONS.map((section, i) => (
        <PlanSection
          key={section.id}
          number={i + 1}
          section={section}
          plan={plan}
          advice={entries(section.advice)}
          phrasings={section.id === 'leaves-placement' ? entries(RETURN_PHRASE_IDS) : undefined}
          conflicts={conflicts}
          onEdit={onEdit}
          onKeepMine={onKeepMine}
          onDismissConflict={onDismissConflict}
          onCopySection={() => onCopySection(section.id)}
        />
      ))}
    </div>
  );
}
