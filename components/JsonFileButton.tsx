interface JsonFileButtonProps {
  label: string;
  /** The chosen file. The choice is then cleared, so the same file can be chosen again. */
  onFile: (file: File) => void;
}

/**
 * A button that picks one JSON file: the file input itself is hidden, its label is the button.
 * The words are said once, as the input's name: shown as the label's text too, a screen reader
 * read them as text, then again as the button (helper-60).
 */
export function JsonFileButton({ label, onFile }: JsonFileButtonProps) {
  return (
    <label class="file-button">
      <span aria-hidden="true">{label}</span>
      <input
        type="file"
        aria-label={label}
        accept="application/json,.json"
        class="visually-hidden"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
