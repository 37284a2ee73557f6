import { GuideView } from '@/components/GuideView';
import { PopupFooter } from '@/components/PopupFooter';
import type { GuideSearch } from '@/utils/search';

/** The popup as data and callbacks only: App wires it to the browser, prerender.tsx to nothing. */
export interface PopupViewProps {
  search: GuideSearch;
  pinnedIds: readonly string[];
  shortcut: string;
  initialQuery?: string;
  onTogglePin: (id: string) => void;
  copyText: (text: string) => Promise<void>;
  onDismiss: () => void;
  onOpenPlans: () => void;
}

export function PopupView({ shortcut, onOpenPlans, ...guide }: PopupViewProps) {
  return <GuideView {...guide} footer={<PopupFooter shortcut={shortcut} onOpenPlans={onOpenPlans} />} />;
}
