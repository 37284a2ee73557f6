interface ClipboardWarningProps {
  what: string;
  /** Why inserting it instead just failed: then only Copy anyway and Cancel are offered. */
  failure?: string;
  onCopy: () => void;
  onInsert: () => void;
  onCancel: () => void;
}

/** Plan text is not public: before it goes to the clipboard, say who else may keep it. */
export function ClipboardWarning({ what, failure, onCopy, onInsert, onCancel }: ClipboardWarningProps) {
  return (
    <div class="banner" role="alertdialog" aria-labelledby="clipboard-warning">
      {failure ? (
        <p id="clipboard-warning">
          {failure} Copy {what} anyway? The clipboard may keep plan text: clipboard history, other apps and synced devices can read it
          later.
        </p>
      ) : (
        <p id="clipboard-warning">
          Copy {what}? The clipboard may keep plan text: clipboard history, other apps and synced devices can read it later. Inserting it
          straight into the page you are working in avoids that.
        </p>
      )}
      <div class="actions">
        {!failure && (
          <button type="button" class="primary" onClick={onInsert} autoFocus>
            Insert into the page instead
          </button>
        )}
        <button type="button" onClick={onCopy} autoFocus={!!failure}>
          Copy anyway
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
