import { useId } from 'preact/hooks';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password';
}

/**
 * A labelled password input; never stored, never autofilled into anything else. Its id is
 * its own: every tab of the panel stays mounted, so two such forms can be in the page at once.
 */
export function PassphraseField({ label, value, onInput, autoFocus, autoComplete = 'current-password' }: PassphraseFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellcheck={false}
        autoFocus={autoFocus}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
