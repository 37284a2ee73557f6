import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface DetailFrameProps {
  /** The id the heading gets, and the section is labelled by. */
  titleId: string;
  title: string;
  /** Extra class names for the section ("crisis-card"). */
  className?: string;
  /** Focus moves to the heading when this changes (a new entry opened). */
  focusKey?: string;
  onBack: () => void;
  /** What Back says, when it does not go back to the results. */
  backLabel?: string;
  children: ComponentChildren;
}

/** One view in place of the results: back (also Escape), then a focused heading, then the view. */
export function DetailFrame({ titleId, title, className, focusKey, onBack, backLabel, children }: DetailFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <section
      class={className ? `detail ${className}` : 'detail'}
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="link-button" onClick={onBack}>
        {backLabel ?? t('back_to_results')}
      </button>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
