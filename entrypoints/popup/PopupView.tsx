import { GuideView } from '@/components/GuideView';
import { PopupFooter } from '@/components/PopupFooter';
import type { CrisisCard, CrisisCardEs, GlossaryGuidance, GuideEntry } from '@/content';
import type { PendingCopy } from '@/utils/notice';
import type { GuideSearch } from '@/utils/search';
import { t } from '@/utils/i18n';

/** The popup as data and callbacks only: App wires it to the browser, prerender.tsx to nothing. */
export interface PopupViewProps {
  search: GuideSearch;
  /** "When it can't wait": first on the empty popup. */
  crisisCard: CrisisCard;
  crisisCardEs: CrisisCardEs;
  glossaryGuidance: GlossaryGuidance;
  pinnedIds: readonly string[];
  shortcuts: { popup: string; plans: string };
  /** The advocate's CASA program, when a policy or a resource pack names it. */
  programName?: string;
  initialQuery?: string;
  /** Text a right-click insert could not place, offered for copying. */
  pending: PendingCopy | null;
  onTogglePin: (id: string) => void;
  copyText: (text: string) => Promise<void>;
  insertText?: (text: string, entry: GuideEntry) => Promise<string>;
  /** "Note this" on a red flag: the panel opens on the current plan's observations with it ticked. */
  onNote?: (entry: GuideEntry) => void;
  onUsed: (entry: GuideEntry) => void;
  onCopyPending: () => void;
  onDismiss: () => void;
  onOpenPlans: () => void;
  onChangeShortcuts: () => void;
  /** The footer's "Español" / "English": the whole extension in that language. */
  onSwitchLanguage: () => void;
}

export function PopupView({
  shortcuts,
  programName,
  pending,
  onCopyPending,
  onOpenPlans,
  onChangeShortcuts,
  onSwitchLanguage,
  ...guide
}: PopupViewProps) {
  const notice = pending && (
    <div class="notice" role="alert">
      <p>{t('popup_could_not_insert', pending.why)}</p>
      <button type="button" class="small primary" onClick={onCopyPending}>
        {t('popup_copy_instead')}
      </button>
    </div>
  );
  return (
    <GuideView
      {...guide}
      pageTitle={t('extShortName')}
      notice={notice}
      footer={
        <PopupFooter
          shortcuts={shortcuts}
          programName={programName}
          onOpenPlans={onOpenPlans}
          onChangeShortcuts={onChangeShortcuts}
          onSwitchLanguage={onSwitchLanguage}
        />
      }
    />
  );
}
