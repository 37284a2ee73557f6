import { t } from '@/utils/i18n';
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
      <p>{t('conflict_text', label)}</p>
      <blockquote>{yours}</blockquote>
      <div class="actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict_keep_mine')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('conflict_keep_newer')}
        </button>
      </div>
    </div>
  );
}
