import type { Ref } from 'preact';
import { MAX_QUERY_LENGTH, MAX_SITUATION_LENGTH } from '@/utils/search';
import { currentLang, otherLang, t } from '@/utils/i18n';

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
        {t('guide_search_label')}
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
        // Where the side panel's Guide tab starts (components/panel/PanelTabs.tsx).
        data-tab-start
        autocomplete="off"
        spellcheck={false}
        placeholder={t('guide_search_placeholder')}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="guide-search-hint" class="visually-hidden">
        {t(
          'guide_search_hint',
          canInsert ? t('guide_search_hint_insert') : '',
          t(otherLang() === 'es' ? 'lang_other_es' : 'lang_other_en'),
        )}
        {canNote && ` ${t('guide_search_hint_note')}`}
      </p>
      {value.length > MAX_QUERY_LENGTH && (
        <p class="search-note">
          {value.length > MAX_SITUATION_LENGTH
            ? t('guide_search_cut_long', MAX_QUERY_LENGTH, MAX_SITUATION_LENGTH.toLocaleString(currentLang()))
            : t('guide_search_cut', MAX_QUERY_LENGTH)}
        </p>
      )}
    </div>
  );
}
