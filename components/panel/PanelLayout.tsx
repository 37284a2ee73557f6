import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { keepFocusClear } from '@/utils/focus-clear';
import { focusWhenDrawn } from '@/utils/focus-landing';
import { routeScrollKeys } from '@/utils/scroll-keys';
import { watchScroll, type ScrollMemory } from '@/utils/scroll-memory';
import { PanelTabs, PANEL_TABS, TAB_START, type PanelTab } from './PanelTabs';

interface PanelLayoutProps {
  tab: PanelTab;
  onSelectTab: (tab: PanelTab) => void;
  /** Blanks the panel at once (and locks plans): quick hide. */
  onHide: () => void;
  /** The advocate's CASA program, named in the header when it sets a name. */
  programName?: string;
  /** What each tab shows. Every tab stays mounted, so switching away and back keeps its place. */
  panels: Record<PanelTab, ComponentChildren>;
  /** Whether three Shifts hide: the button names the keys only then (helper-70). */
  shiftHides?: boolean;
}

/**
 * The side panel's frame: a header that never scrolls away (Hide first in keyboard order,
 * then the tabs, never on top of each other), and the tabs' contents scrolling below it.
 */
export function PanelLayout({ tab, onSelectTab, onHide, programName, panels, shiftHides = true }: PanelLayoutProps) {
  // The last tab clicked, and when: its contents' start control takes the focus once drawn.
  const [entered, setEntered] = useState<{ tab: PanelTab; at: number }>();
  const header = useRef<HTMLElement>(null);
  const shown = useRef(tab);
  shown.current = tab;
  // Page Down and the like move the tab shown, from the header or before anything has the focus.
  // The Guide tab scrolls its results pane, not itself (helper-77).
  useEffect(() => {
    const region = () => {
      const panel = document.getElementById(`panel-${shown.current}`);
      return shown.current === 'guide' ? (panel?.querySelector<HTMLElement>('.pane') ?? null) : panel;
    };
    return routeScrollKeys(document, () => header.current, region);
  }, []);
  return (
    <div class="panel">
      <header ref={header} class={programName ? 'panel-header with-program' : 'panel-header'}>
        {/* The page's one h1 and its main landmark (helper-60: there were neither), for moving by heading or region. */}
        <h1 class="visually-hidden">{t('panel_title')}</h1>
        <button type="button" class="hide-button" onClick={onHide} title={t('panel_hide_title')}>
          {t('panel_hide')}
          {shiftHides && <span class="key-hint"> {t('panel_hide_keys')}</span>}
        </button>
        {programName && <p class="program-name">{programName}</p>}
        <PanelTabs
          selected={tab}
          // ← / → choose a tab and leave the focus on it: a click before them no longer counts.
          onSelect={(id) => {
            setEntered(undefined);
            onSelectTab(id);
          }}
          onEnter={(id) => setEntered({ tab: id, at: performance.now() })}
        />
      </header>
      <main class="panel-main">
        {PANEL_TABS.map(([id]) => (
          <TabPanel key={id} id={id} selected={id === tab} entered={entered?.tab === id ? entered.at : undefined}>
            {panels[id]}
          </TabPanel>
        ))}
      </main>
    </div>
  );
}

/**
 * One tab's contents, in its own scroller: rendered the first time the tab is shown (opening
 * the panel renders only what it shows), then kept, and shown again where it was left.
 */
function TabPanel({ id, selected, entered, children }: { id: PanelTab; selected: boolean; entered?: number; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const memory = useRef<ScrollMemory>(undefined);
  const [visited, setVisited] = useState(selected);
  if (selected && !visited) setVisited(true);
  useLayoutEffect(() => {
    const scroller = ref.current!;
    memory.current = watchScroll(scroller);
    // A bar that sticks to the top of this tab (the plan editor's) never hides what has focus.
    const stopClear = keepFocusClear(scroller, () => scroller.querySelector('[data-sticky-bar]'));
    return () => {
      memory.current?.stop();
      stopClear();
    };
  }, []);
  // Before the browser paints the tab again.
  useLayoutEffect(() => {
    if (selected) memory.current?.restore();
  }, [selected]);
  // Clicked: to the start control (the Guide's search box), once its contents are drawn. Another
  // tab chosen in the meantime stops the waiting.
  useEffect(() => (entered !== undefined && selected ? focusWhenDrawn(ref.current!, TAB_START) : undefined), [entered, selected]);
  return (
    <div ref={ref} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} class={`tabpanel tabpanel-${id}`} hidden={!selected}>
      {(visited || selected) && children}
    </div>
  );
}
