interface BackupControlsProps {
  onExport: () => void;
  /** Called with the chosen file's text. */
  onImport: (text: string) => void;
  message: { kind: 'ok' | 'error'; text: string } | null;
}

/** Export every plan to a file, or import one; the result is said in words. */
export function BackupControls({ onExport, onImport, message }: BackupControlsProps) {
  return (
    <section class="backup" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p class="hint">A backup file holds every plan in plain text. Keep it somewhere only you can open.</p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export all plans
        </button>
        <label class="file-button">
          Import a backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(await file.text());
            }}
          />
        </label>
      </div>
      {message && (
        <p class={message.kind === 'ok' ? 'ok' : 'field-problem'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
