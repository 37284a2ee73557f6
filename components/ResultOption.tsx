import type { GuideEntry } from '@/content';
import { formatKeyText } from '@/utils/format';
import { KIND_LABELS } from '@/utils/kinds';

interface ResultOptionProps {
  optionId: string;
  entry: GuideEntry;
  active: boolean;
  pinned: boolean;
  copied: boolean;
  onOpen: () => void;
  onCopy: () => void;
  onInsert?: () => void;
  onHover: () => void;
}

/**
 * One result: title, kind and the key text, so the answer shows without opening it.
 * The Copy and Insert controls are for the mouse; keyboard and screen-reader users press
 * Enter or Ctrl+Enter on the option. They are not <button>s because an option may not hold
 * focusable controls (ARIA).
 */
export function ResultOption({ optionId, entry, active, pinned, copied, onOpen, onCopy, onInsert, onHover }: ResultOptionProps) {
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={active}
      class={active ? 'option active' : 'option'}
      onClick={onOpen}
      onMouseMove={active ? undefined : onHover}
    >
      <div class="option-head">
        <span class="option-title">{entry.title}</span>
        {pinned && (
          <span class="pin-mark">
            <span aria-hidden="true">★</span>
            <span class="visually-hidden">(pinned)</span>
          </span>
        )}
      </div>
      <div class="option-meta">
        <span class={`badge badge-${entry.kind}`}>{KIND_LABELS[entry.kind].badge}</span>
        {entry.verified === false && <span class="badge badge-unverified">Not verified</span>}
      </div>
      <div class="option-key">{formatKeyText(entry)}</div>
      <span class="affordances" aria-hidden="true">
        <span
          class={copied ? 'affordance copied' : 'affordance'}
          onClick={(e) => {
            e.stopPropagation();
            onCopy();
          }}
        >
          {copied ? 'Copied ✓' : 'Copy'}
        </span>
        {onInsert && (
          <span
            class="affordance"
            onClick={(e) => {
              e.stopPropagation();
              onInsert();
            }}
          >
            Insert
          </span>
        )}
      </span>
    </div>
  );
}
