interface ClipboardWarningProps {
  what: string;
  onCopy: () => void;
  onInsert: () => void;
  onCancel: () => void;
}

/** Plan text is not public: before it goes to the clipboard, say who else may keep it. */
export function ClipboardWarning({ what, onCopy, onInsert, onCancel }: ClipboardWarningProps) {
  return (
    <div class="banner" role="alertdialog" aria-labelledby="clipboard-warning">
      <p id="clipboard-warning">
        Copy {what}? The clipboard may keep plan text: clipboard history, other apps and synced devices can read it later. Inserting it
        straight into the page you are working in avoids that.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={onInsert} autoFocus>
          Insert into the page instead
        </button>
        <button type="button" onClick={onCopy}>
          Copy anyway
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
