import type { GuideEntry } from '@/content';

interface FlagChecklistProps {
  /** The guide's red-flag entries, in the page's language: the checklist is never a list of its own. */
  flags: readonly GuideEntry[];
  /** "Red flags seen", as the observation form labels it. */
  legend: string;
  checked: Readonly<Record<string, boolean>>;
  onToggle: (flagId: string, on: boolean) => void;
}

/** "Red flags seen": one box per red flag of the guide, its title, and what it means in a line. */
export function FlagChecklist({ flags, legend, checked, onToggle }: FlagChecklistProps) {
  return (
    <fieldset class="field flag-checklist">
      <legend>{legend}</legend>
      {flags.map((flag) => (
        <label key={flag.id} class="flag-option">
          {/* Named by its title, its meaning read after it (helper-60: sixteen names of a
              sentence each); the whole label still ticks it. */}
          <input
            type="checkbox"
            autoComplete="off"
            checked={!!checked[flag.id]}
            aria-labelledby={`flag-${flag.id}-title`}
            aria-describedby={`flag-${flag.id}-body`}
            onChange={(e) => onToggle(flag.id, e.currentTarget.checked)}
          />
          <span>
            <span class="flag-title" id={`flag-${flag.id}-title`}>
              {flag.title}
            </span>
            <span class="flag-body" id={`flag-${flag.id}-body`}>
              {flag.body}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
