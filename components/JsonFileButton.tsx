import type { ComponentChildren } from 'preact';

interface JsonFileButtonProps {
  label: ComponentChildren;
  /** The chosen file. The choice is then cleared, so the same file can be chosen again. */
  onFile: (file: File) => void;
}

/** A button that picks one JSON file: the file input itself is hidden, its label is the button. */
export function JsonFileButton({ label, onFile }: JsonFileButtonProps) {
  return (
    <label class="file-button">
      {label}
      <input
        type="file"
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
