import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n';

export type PanelTab = 'plans' | 'guide' | 'settings';

/** Each tab: its id, its label, and a shorter label for a panel zoomed to under 300 CSS px. */
export const PANEL_TABS: ReadonlyArray<readonly [PanelTab, MessageKey, MessageKey?]> = [
  ['plans', 'panel_tab_plans', 'panel_tab_plans_short'],
  ['guide', 'panel_tab_guide'],
  ['settings', 'panel_tab_settings'],
];

/** The panel zoomed to under 300 CSS px (panel.css): the tabs take their short labels. */
const NARROW = '(max-width: 299px)';

/**
 * Whether `query` matches, kept up to date. One label in the page at a time, not two swapped by
 * CSS: the label shown is then the tab's whole text and name.
 */
function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    list.addEventListener('change', update);
    update();
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** Marks the control a tab's contents start at: a click on the tab, or typing on it, goes there. */
export const TAB_START = '[data-tab-start]';

interface PanelTabsProps {
  selected: PanelTab;
  onSelect: (tab: PanelTab) => void;
  /** A tab clicked (or Enter, Space on it): its contents' start control, if any, takes the focus. */
  onEnter: (tab: PanelTab) => void;
}

/**
 * The side panel's three views, as an ARIA tab list (←/→, Home and End move between them and
 * keep the focus on the tabs). helper-61: on the Guide tab, what was typed went nowhere; a click, or a letter
 * typed while the tab has the focus, goes to its search box.
 */
export function PanelTabs({ selected, onSelect, onEnter }: PanelTabsProps) {
  const narrow = useMediaQuery(NARROW);
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label={t('panel_tabs_label')}
      onKeyDown={(e) => {
        // The letter goes on to the field focused during its keydown.
        if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.altKey && !e.metaKey)
          document.querySelector<HTMLElement>(`#panel-${selected} ${TAB_START}`)?.focus();
        // ←/→ to the next tab round the ends, Home/End to the first and last (helper-77).
        const at = PANEL_TABS.findIndex(([t]) => t === selected);
        const last = PANEL_TABS.length - 1;
        const to = ({ ArrowRight: at + 1, ArrowLeft: at + last, Home: 0, End: last } as Record<string, number>)[e.key];
        if (to === undefined) return;
        e.preventDefault();
        const next = PANEL_TABS[to % PANEL_TABS.length]![0];
        onSelect(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}
    >
      {PANEL_TABS.map(([id, label, short]) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={selected === id}
          aria-controls={`panel-${id}`}
          tabIndex={selected === id ? 0 : -1}
          onClick={() => {
            onSelect(id);
            onEnter(id);
          }}
        >
          {t(short && narrow ? short : label)}
        </button>
      ))}
    </div>
  );
}
