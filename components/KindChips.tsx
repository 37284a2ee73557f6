import type { EntryKind } from '@/content';
import { kindLabel, KIND_ORDER } from '@/utils/kinds';
import { t } from '@/utils/i18n';

interface KindChipsProps {
  selected: EntryKind | null;
  onSelect: (kind: EntryKind | null) => void;
}

const CHIPS: readonly (EntryKind | null)[] = [null, ...KIND_ORDER];

/**
 * Toggle buttons that narrow the results to one kind of guidance. One Tab stop for the whole
 * row (the chosen chip), ←/→ between chips: fifteen Tab stops no longer stand between the
 * search box and what comes after it.
 */
export function KindChips({ selected, onSelect }: KindChipsProps) {
  const current = CHIPS.indexOf(selected);
  return (
    <div
      class="chips"
      role="toolbar"
      aria-label={t('chips_label')}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
        e.preventDefault();
        const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.chip')];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const next =
          e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : (at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
        buttons[next]?.focus();
      }}
    >
      {CHIPS.map((kind, i) => (
        <button
          key={kind ?? 'all'}
          type="button"
          class="chip"
          tabIndex={i === current ? 0 : -1}
          aria-pressed={selected === kind}
          // A chip half outside the row is not scrolled by focus alone (Chromium scrolls only one
          // wholly hidden): bring it all in, or at 200% zoom its name is cut off.
          onFocus={(e) => e.currentTarget.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })}
          onClick={() => onSelect(kind === null || selected === kind ? null : kind)}
        >
          {kind === null ? t('chips_all') : kindLabel(kind, 'chip')}
        </button>
      ))}
    </div>
  );
}
