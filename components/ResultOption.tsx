import type { GuideEntry } from '@/content';
import { formatKeyText, hasSpanish, KEY_DASH, localized, numberRuns } from '@/utils/format';
import { kindLabel } from '@/utils/kinds';
import { currentLang, t } from '@/utils/i18n';

interface ResultOptionProps {
  optionId: string;
  entry: GuideEntry;
  active: boolean;
  pinned: boolean;
  copied: boolean;
  /** Show the kind badge (in mixed results; a "Hotlines" group needs none, nor does a number). */
  showKind: boolean;
  onOpen: () => void;
  onCopy: () => void;
  onInsert?: () => void;
  /** Red flags: note it in the current plan's observations (Alt+N on the highlighted row). */
  onNote?: () => void;
  onHover: () => void;
  /** A row that opens rather than copies ("When it can't wait"): its one control says so. */
  opens?: boolean;
}

const runs = (text: string) => numberRuns(text).map((run) => (run.number ? <span class="number">{run.text}</span> : run.text));

/**
 * One compact result: the title and one line of key text (the number to call, or the start of
 * the guidance), so five or more fit on screen. The Copy and Insert controls appear on hover
 * and on the highlighted row; they are for the mouse — keyboard and screen-reader users press
 * Enter or Ctrl+Enter on the option. They are not <button>s because an option may not hold
 * focusable controls (ARIA).
 */
export function ResultOption(props: ResultOptionProps) {
  const { optionId, entry, active, pinned, copied, showKind, onOpen, onCopy, onInsert, onNote, onHover, opens } = props;
  const control = (label: string, action: () => void, extra = '') => (
    <span
      class={`affordance${extra}`}
      onClick={(e) => {
        e.stopPropagation();
        action();
      }}
    >
      {label}
    </span>
  );
  const keyText = formatKeyText(entry, currentLang());
  // A crisis row's key text is "911 · 1-800-540-4000 — first step": where its numbers end.
  const numbersLead = showKind && entry.kind === 'crisis' ? Math.max(0, keyText.indexOf(KEY_DASH)) : 0;
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={active}
      class={active ? `option active option-${entry.kind}` : `option option-${entry.kind}`}
      onClick={onOpen}
      onMouseMove={active ? undefined : onHover}
    >
      <div class="option-head">
        <span class={active ? 'option-title whole' : 'option-title'}>{localized(entry, currentLang()).title}</span>
        {pinned && (
          <span class="pin-mark">
            <span aria-hidden="true">★</span>
            <span class="visually-hidden">{t('option_pinned')}</span>
          </span>
        )}
        <span class="affordances" aria-hidden="true">
          {opens ? (
            control(t('action_open'), onOpen)
          ) : (
            <>
              {control(copied ? t('action_copied') : t('action_copy'), onCopy, copied ? ' copied' : '')}
              {onInsert && control(t('action_insert'), onInsert)}
              {onNote && control(t('action_note'), onNote)}
            </>
          )}
        </span>
      </div>
      <div class="option-key">
        {entry.verified === false && <span class="badge badge-unverified">{t('option_not_verified')}</span>}
        {entry.source.type === 'program' && <span class="badge badge-program">{t('option_from_program')}</span>}
        {currentLang() === 'es' && !opens && !hasSpanish(entry) && <span class="badge badge-english">{t('option_in_english')}</span>}
        {showKind && entry.kind !== 'resource' && !numbersLead && (
          <span class={`badge badge-${entry.kind}`}>{kindLabel(entry.kind, 'badge')}</span>
        )}
        {numbersLead ? (
          // The numbers to dial before the badge: the longer Spanish badge cut "911 · 1-800-540-4000" to "911 · …" (helper-72).
          <>
            {runs(keyText.slice(0, numbersLead))}
            <span class={`badge badge-${entry.kind} after-numbers`}>{kindLabel(entry.kind, 'badge')}</span>
            {runs(keyText.slice(numbersLead + KEY_DASH.length))}
          </>
        ) : (
          runs(keyText)
        )}
      </div>
    </div>
  );
}
