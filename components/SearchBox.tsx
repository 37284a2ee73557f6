import type { Ref } from 'preact';
import { MAX_QUERY_LENGTH } from '@/utils/search';

interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  listboxId: string;
  activeOptionId?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Whether Ctrl/⌘+Enter inserts into the page here (said in the hint). */
  canInsert?: boolean;
  /** Whether Alt+N notes a red flag here (said in the hint). */
  canNote?: boolean;
  /** False while an entry or a form replaces the results listbox. */
  expanded?: boolean;
}

/** The combobox input: focus stays here while ↑/↓ move through the results listbox. */
export function SearchBox(props: SearchBoxProps) {
  const { value, onInput, onKeyDown, listboxId, activeOptionId, inputRef, canInsert, canNote, expanded = true } = props;
  return (
    <div class="search">
      <label for="guide-search" class="visually-hidden">
        Search guidance
      </label>
      <input
        id="guide-search"
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listboxId : undefined}
        aria-activedescendant={activeOptionId}
        aria-describedby="guide-search-hint"
        autoFocus
        autocomplete="off"
        spellcheck={false}
        placeholder="Hotline, runaway, red flags, what to say…"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="guide-search-hint" class="visually-hidden">
        Use up and down arrows to choose a result, Enter to copy its message{canInsert ? ', Control+Enter to insert it into the page' : ''},
        Shift+Enter for details{canNote ? ', Alt+N on a red flag to note it in the current plan' : ''}, Escape to clear.
      </p>
      {value.length > MAX_QUERY_LENGTH && <p class="search-note">Only the first {MAX_QUERY_LENGTH} characters are searched.</p>}
    </div>
  );
}
