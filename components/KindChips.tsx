import type { EntryKind } from '@/content';
import { kindLabel, KIND_ORDER } from '@/utils/kinds';
import { t } from '@/utils/i18n';

interface KindChipsProps {
  selected: EntryKind | null;
  onSelect: (kind: EntryKind | null) => void;
}

/** Toggle buttons that narrow the results to one kind of guidance. */
export function KindChips({ selected, onSelect }: KindChipsProps) {
  return (
    <div class="chips" role="group" aria-label={t('chips_label')}>
      <button type="button" class="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        {t('chips_all')}
      </button>
      {KIND_ORDER.map((kind) => (
        <button
          key={kind}
          type="button"
          class="chip"
          aria-pressed={selected === kind}
          onClick={() => onSelect(selected === kind ? null : kind)}
        >
          {kindLabel(kind, 'chip')}
        </button>
      ))}
    </div>
  );
}
