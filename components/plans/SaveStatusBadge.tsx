import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { SaveStatus } from '@/utils/plans/edit-session';
import { Announcement } from '../Announcement';

/**
 * "Saved" appears only after every write has committed; errors say what is still safe. Only
 * news is spoken: a failed save, and "Saved" again after one. Every keystroke flips Saving… and
 * Saved, and a screen reader reading each flip would talk over the advocate's own typing.
 */
export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const text = status.state === 'saved' ? t('save_saved') : status.state === 'saving' ? t('save_saving') : status.message;
  const failed = useRef(false);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (status.state === 'saving') return;
    if (status.state === 'error' || failed.current) setSpoken(text);
    failed.current = status.state === 'error';
  }, [status.state, text]);
  return (
    <>
      <p class={`save-status save-${status.state}`} role="status" aria-live="off">
        {text}
      </p>
      <Announcement name="save-news" text={spoken} />
    </>
  );
}
