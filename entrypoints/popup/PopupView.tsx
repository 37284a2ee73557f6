import { GuideView } from '@/components/GuideView';
import { ShortcutFooter } from '@/components/ShortcutFooter';
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
}

export function PopupView({ shortcut, ...guide }: PopupViewProps) {
  return <GuideView {...guide} footer={<ShortcutFooter shortcut={shortcut} />} />;
}
