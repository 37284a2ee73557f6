import { t } from '@/utils/i18n';
import type { SaveStatus } from '@/utils/plans/edit-session';

/** "Saved" appears only after every write has committed; errors say what is still safe. */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const text = status.state === 'saved' ? t('save_saved') : status.state === 'saving' ? t('save_saving') : status.message;
  return (
    <p class={`save-status save-${status.state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
