import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import { landFocus } from '@/utils/focus-landing';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password';
  /** The id of the message refusing what was typed ("Wrong passphrase"): read with the field, which is marked invalid. */
  problemId?: string;
  /** The caret comes back here when what was typed is refused (the lock screen's one field). */
  focusOnProblem?: boolean;
  /** Changes each time what was typed here is refused: the caret comes back to this field. */
  refusedAt?: number;
  /** The id of a warning read with the field (the lock's "cannot be recovered"). */
  describedBy?: string;
}

/**
 * A labelled password input; never stored, never autofilled into anything else. Its id is
 * its own: every tab of the panel stays mounted, so two such forms can be in the page at once.
 */
export function PassphraseField(props: PassphraseFieldProps) {
  const { label, value, onInput, autoFocus, autoComplete = 'current-password', problemId, focusOnProblem, refusedAt, describedBy } = props;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The HTML attribute works only while the page loads; a field that appears later (the lock
  // screen, a backup's passphrase) takes the focus as it mounts — not from a tab being moved
  // through with the arrow keys (Settings opens on setting up the lock), nor hidden in a closed tab.
  useLayoutEffect(() => {
    if (autoFocus) landFocus(input.current);
  }, []);
  // Refused: the caret is back here, for the next try (a click on the button had taken it away),
  // landed as on opening — not taken from a reader moving through the panel's tabs.
  useEffect(() => {
    if (problemId && focusOnProblem) landFocus(input.current);
  }, [problemId]);
  useLayoutEffect(() => {
    if (refusedAt) input.current?.focus();
  }, [refusedAt]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellcheck={false}
        value={value}
        aria-invalid={problemId ? true : undefined}
        aria-describedby={[problemId, describedBy].filter(Boolean).join(' ') || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
