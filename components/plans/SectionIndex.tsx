import { t } from '@/utils/i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { SectionProgress } from './SectionProgress';

export interface IndexedSection {
  id: string;
  number: number;
  title: string;
  filled: number;
  total: number;
  listed?: number;
}

interface SectionIndexProps {
  sections: readonly IndexedSection[];
  /** Opens the section, scrolls to it and moves the focus to its heading. */
  onJump: (sectionId: string) => void;
  /** Alt+S was pressed in the plan: the list opens on the section the focus was in (or the first). */
  summon?: { at: number; current?: string };
}

/**
 * Where ↓/↑/Home/End go among `count` items from `at` (-1: from the toggle, where only ↓/↑
 * open the list); undefined for any other key.
 */
function menuStep(key: string, at: number, count: number): number | undefined {
  if (!count) return undefined;
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return at <= 0 ? count - 1 : at - 1;
  if (at < 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** “Sections”: every section with its fill status, one press from anywhere in the plan. */
export function SectionIndex({ sections, onJump, summon }: SectionIndexProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  /** Where Alt+S was pressed: Escape goes back there (to the field), not to the toggle. */
  const summonedFrom = useRef<HTMLElement | null>(null);
  /** Opens the list (by a key or Alt+S): it shows on the next render, then its `at`-th section takes the focus. */
  const openAt = (at: number) => {
    setOpen(true);
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLButtonElement>('button')[at]?.focus());
  };
  useEffect(() => {
    if (!summon) return;
    summonedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openAt(
      Math.max(
        0,
        sections.findIndex((s) => s.id === summon.current),
      ),
    );
  }, [summon?.at]);
  return (
    <div
      class="section-index"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          const from = summonedFrom.current;
          summonedFrom.current = null;
          (from?.isConnected ? from : toggle.current)?.focus();
          return;
        }
        // ↓/↑ (Home/End) move through the sections as in a menu; Tab still works too.
        const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.section-index-list button')];
        const next = menuStep(e.key, items.indexOf(e.target as HTMLButtonElement), items.length);
        if (next === undefined) return;
        e.preventDefault();
        if (open) return items[next]?.focus();
        summonedFrom.current = null;
        openAt(next);
      }}
      // Like a menu: it closes when the focus goes anywhere else.
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-keyshortcuts="Alt+S"
        title={t('index_sections_title')}
        onClick={() => {
          summonedFrom.current = null;
          setOpen(!open);
        }}
      >
        {t('index_sections')}
      </button>
      <ol ref={list} id={listId} class="section-index-list" aria-label={t('index_jump')} hidden={!open}>
        {sections.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                onJump(s.id);
              }}
            >
              <span>
                {s.number}. {s.title}
              </span>{' '}
              <SectionProgress filled={s.filled} total={s.total} listed={s.listed} />
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
