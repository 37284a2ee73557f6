import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { isSectionsKey } from '@/utils/alt-keys';
import { landFocus } from '@/utils/focus-landing';
import { t } from '@/utils/i18n';
import { shownSection } from '@/utils/observations/shown-field';
import type { EditState } from '@/utils/plans/edit-session';
import { PLAN_SECTIONS, RETURN_PHRASE_IDS, sectionFields } from '@/utils/plans/form';
import { planTitle } from '@/utils/plans/format';
import type { FieldValue } from '@/utils/plans/model';
import { sectionProgress } from '@/utils/plans/progress';
import { PlanSection, sectionToggleId } from './PlanSection';
import { SaveStatusBadge } from './SaveStatusBadge';
import { SectionIndex } from './SectionIndex';

interface PlanEditorProps {
  state: EditState;
  /** Guide entries by id, for the tips of each section. */
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
  /** Today, YYYY-MM-DD: the plan's dates are questioned against it. */
  today?: string;
}

/** The section a plan opens on; the others start closed, one line each. */
const FIRST_OPEN = PLAN_SECTIONS[0]!.id;

/**
 * The plan form: every section of the reference, each closed to one line with its fill
 * status until opened, autosaved on each edit (no Save button). A bar that stays on screen
 * holds the way back, the save status and the section index.
 */
export function PlanEditor(props: PlanEditorProps) {
  const {
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
  } = props;
  const { plan, status, conflicts } = state;
  const nickname = typeof plan.data.nickname === 'string' ? plan.data.nickname : '';
  const entries = (ids: readonly string[]) => ids.map(entry).filter((e): e is GuideEntry => !!e);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([FIRST_OPEN]));
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  const toggle = useCallback(
    (id: string, show: boolean) =>
      setOpen((now) => {
        const next = new Set(now);
        if (show) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const allOpen = open.size === PLAN_SECTIONS.length;
  const index = useMemo(
    () => PLAN_SECTIONS.map((s, i) => ({ id: s.id, number: i + 1, title: shownSection(s).title, ...sectionProgress(s, plan) })),
    [plan],
  );

  /** Alt+S in the plan: the section index opens where the focus is. */
  const [summon, setSummon] = useState<{ at: number; current?: string }>();

  // A plan that opens is shown from its top, wherever the list was scrolled (a short plan's end
  // is far above the 500th plan's row; the browser kept the scroll there until a frame later),
  // and gives the focus its heading, or its nickname field while it has none.
  const head = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: 'start' });
    landFocus(nickname ? head.current : document.getElementById('field-nickname'));
  }, [plan.id]);

  // After a jump has opened the section: bring its heading to the top and give it the focus.
  useEffect(() => {
    if (!jumpTo) return;
    const heading = document.getElementById(sectionToggleId(jumpTo));
    // The section carries the scroll margin that keeps its heading below the sticky bar.
    (heading?.closest('.plan-section') ?? heading)?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
    setJumpTo(null);
  }, [jumpTo]);

  return (
    <div
      ref={root}
      class="editor"
      onKeyDown={(e) => {
        if (!isSectionsKey(e)) return;
        e.preventDefault();
        const inSection = (e.target as Element).closest('.plan-section')?.getAttribute('aria-labelledby');
        setSummon({ at: e.timeStamp, current: PLAN_SECTIONS.find((s) => sectionToggleId(s.id) === inSection)?.id });
      }}
    >
      <div class="editor-bar" data-sticky-bar>
        <button type="button" class="link-button" onClick={onBack}>
          {t('editor_back')}
        </button>
        <SaveStatusBadge status={status} />
        <SectionIndex
          sections={index}
          summon={summon}
          onJump={(id) => {
            toggle(id, true);
            setJumpTo(id);
          }}
        />
      </div>
      <header class="editor-head">
        <h2 tabIndex={-1} ref={head}>
          {planTitle(nickname)}
        </h2>
        <div class="actions" role="group" aria-label={t('editor_actions')}>
          <button type="button" class="small primary" onClick={onObservations}>
            {t('editor_observations')}
          </button>
          <button type="button" class="small" onClick={onCopyPlan}>
            {t('editor_copy_text')}
          </button>
          <button type="button" class="small" onClick={() => onPrint('plan')}>
            {t('editor_print')}
          </button>
          <button type="button" class="small" onClick={() => onPrint('wallet')}>
            {t('editor_wallet')}
          </button>
          <button type="button" class="small" onClick={onShowRevisions}>
            {t('editor_revisions')}
          </button>
        </div>
        <p class="note">{t('editor_note')}</p>
        <button type="button" class="link-button" onClick={() => setOpen(new Set(allOpen ? [] : PLAN_SECTIONS.map((s) => s.id)))}>
          {allOpen ? t('editor_close_all') : t('editor_open_all')}
        </button>
      </header>
      {PLAN_SECTIONS.map((section, i) => (
        <PlanSection
          key={section.id}
          number={i + 1}
          section={section}
          plan={plan}
          advice={entries(section.advice)}
          phrasings={section.id === 'leaves-placement' ? entries(RETURN_PHRASE_IDS) : undefined}
          conflicts={conflicts}
          // A change from another window that clashes with this one's is never out of sight.
          open={open.has(section.id) || conflicts.some((c) => sectionFields(section).some((f) => f.id === c.fieldId))}
          onToggle={toggle}
          onEdit={onEdit}
          onKeepMine={onKeepMine}
          onDismissConflict={onDismissConflict}
          onCopySection={() => onCopySection(section.id)}
          today={props.today}
        />
      ))}
    </div>
  );
}
