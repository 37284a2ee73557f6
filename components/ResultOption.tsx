import type { GuideEntry } from '@/content';
import { formatKeyText } from '@/utils/format';
import { KIND_LABELS } from '@/utils/kinds';

interface ResultOptionProps {
  optionId: string;
  entry: GuideEntry;
  active: boolean;
  pinned: boolean;
  copied: boolean;
  /** Show the kind badge (in mixed results; a "Hotlines" group needs none, nor does a number). */
  showKind: boolean;
  onOpen: () => void;
  onCopy: () => void;
  onInsert?: () => void;
  /** Red flags: note it in the current plan's observations (Alt+N on the highlighted row). */
  onNote?: () => void;
  onHover: () => void;
}

/**
 * One compact result: the title and one line of key text (the number to call, or the start of
 * the guidance), so five or more fit on screen. The Copy and Insert controls appear on hover
 * and on the highlighted row; they are for the mouse — keyboard and screen-reader users press
 * Enter or Ctrl+Enter on the option. They are not <button>s because an option may not hold
 * focusable controls (ARIA).
 */
export function ResultOption(props: ResultOptionProps) {
  const { optionId, entry, active, pinned, copied, showKind, onOpen, onCopy, onInsert, onNote, onHover } = props;
  const control = (label: string, action: () => void, extra = '') => (
    <span
      class={`affordance${extra}`}
      onClick={(e) => {
        e.stopPropagation();
        action();
      }}
    >
      {label}
    </span>
  );
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={active}
      class={active ? `option active option-${entry.kind}` : `option option-${entry.kind}`}
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
      <div class="option-key">
        {entry.verified === false && <span class="badge badge-unverified">Not verified</span>}
        {entry.source.type === 'program' && <span class="badge badge-program">From your program</span>}
        {showKind && entry.kind !== 'resource' && <span class={`badge badge-${entry.kind}`}>{KIND_LABELS[entry.kind].badge}</span>}
        {formatKeyText(entry)}
      </div>
      <span class="affordances" aria-hidden="true">
        {control(copied ? 'Copied ✓' : 'Copy', onCopy, copied ? ' copied' : '')}
        {onInsert && control('Insert', onInsert)}
        {onNote && control('Note this (Alt+N)', onNote)}
      </span>
    </div>
  );
}
