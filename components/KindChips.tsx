import type { EntryKind } from '@/content';
import { KIND_LABELS, KIND_ORDER } from '@/utils/kinds';

interface KindChipsProps {
  selected: EntryKind | null;
  onSelect: (kind: EntryKind | null) => void;
}

/** Toggle buttons that narrow the results to one kind of guidance. */
export function KindChips({ selected, onSelect }: KindChipsProps) {
  return (
    <div class="chips" role="group" aria-label="Filter by kind">
      <button type="button" class="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        All
      </button>
      {KIND_ORDER.map((kind) => (
        <button
          key={kind}
          type="button"
          class="chip"
          aria-pressed={selected === kind}
          onClick={() => onSelect(selected === kind ? null : kind)}
        >
          {KIND_LABELS[kind].chip}
        </button>
      ))}
    </div>
  );
}
