interface PassphraseFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password';
}

/** A labelled password input; never stored, never autofilled into anything else. */
export function PassphraseField({ id, label, value, onInput, autoFocus, autoComplete = 'current-password' }: PassphraseFieldProps) {
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
