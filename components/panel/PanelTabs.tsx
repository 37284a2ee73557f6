import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n';

export type PanelTab = 'plans' | 'guide' | 'settings';

/** Each tab: its id, its label, and a shorter label for a panel zoomed to under 300 CSS px. */
export const PANEL_TABS: ReadonlyArray<readonly [PanelTab, MessageKey, MessageKey?]> = [
  ['plans', 'panel_tab_plans', 'panel_tab_plans_short'],
  ['guide', 'panel_tab_guide'],
  ['settings', 'panel_tab_settings'],
];

/** The side panel's three views, as an ARIA tab list (←/→ move between them). */
export function PanelTabs({ selected, onSelect }: { selected: PanelTab; onSelect: (tab: PanelTab) => void }) {
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label={t('panel_tabs_label')}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        const step = e.key === 'ArrowRight' ? 1 : PANEL_TABS.length - 1;
        const next = PANEL_TABS[(PANEL_TABS.findIndex(([t]) => t === selected) + step) % PANEL_TABS.length]![0];
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
          onClick={() => onSelect(id)}
        >
          {short ? (
            // One of the two is shown (panel.css): the shown one is the tab's name.
            <>
              <span class="tab-long">{t(label)}</span>
              <span class="tab-short">{t(short)}</span>
            </>
          ) : (
            t(label)
          )}
        </button>
      ))}
    </div>
  );
}
