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
  onHover: () => void;
}

/**
 * One result: title, kind and the key text, so the answer shows without opening it.
 * The Copy control is for the mouse; keyboard and screen-reader users press Enter on the
 * option. It is not a <button> because options may not hold focusable controls (ARIA).
 */
export function ResultOption({ optionId, entry, active, pinned, copied, onOpen, onCopy, onHover }: ResultOptionProps) {
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
      <span
        class={copied ? 'copy-affordance copied' : 'copy-affordance'}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          onCopy();
        }}
      >
        {copied ? 'Copied ✓' : 'Copy'}
      </span>
    </div>
  );
}
