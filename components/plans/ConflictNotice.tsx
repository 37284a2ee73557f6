import type { FieldConflict } from '@/utils/plans/edit-session';

interface ConflictNoticeProps {
  label: string;
  conflict: FieldConflict;
  onKeepMine: () => void;
  onDismiss: () => void;
}

/** Another window changed this field at the same moment: theirs is kept, yours is shown. */
export function ConflictNotice({ label, conflict, onKeepMine, onDismiss }: ConflictNoticeProps) {
  const yours = typeof conflict.yours === 'string' ? conflict.yours : JSON.stringify(conflict.yours);
  return (
    <div class="conflict" role="alert">
      <p>“{label}” was changed in another window at the same moment. The newer text is shown above. What you typed here was:</p>
      <blockquote>{yours}</blockquote>
      <div class="actions">
        <button type="button" onClick={onKeepMine}>
          Use what I typed
        </button>
        <button type="button" onClick={onDismiss}>
          Keep the newer text
        </button>
      </div>
    </div>
  );
}
