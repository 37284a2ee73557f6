import type { GuideEntry } from '@/content';

interface FlagChecklistProps {
  /** The guide's red-flag entries: the checklist is never a list of its own. */
  flags: readonly GuideEntry[];
  checked: Readonly<Record<string, boolean>>;
  onToggle: (flagId: string, on: boolean) => void;
}

/** "Red flags seen": one box per red flag of the guide, its title, and what it means in a line. */
export function FlagChecklist({ flags, checked, onToggle }: FlagChecklistProps) {
  return (
    <fieldset class="field flag-checklist">
      <legend>Red flags seen</legend>
      {flags.map((flag) => (
        <label key={flag.id} class="flag-option">
          <input
            type="checkbox"
            autoComplete="off"
            checked={!!checked[flag.id]}
            onChange={(e) => onToggle(flag.id, e.currentTarget.checked)}
          />
          <span>
            <span class="flag-title">{flag.title}</span>
            <span class="flag-body">{flag.body}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
