import { useRef } from 'preact/hooks';
import { useSettled } from '../use-settled';

interface FieldNoteProps {
  id?: string;
  /** The note ("" for none): a date questioned, words that label the youth. */
  text: string;
}

/**
 * A note under a field, about what is typed in it. Always in the page, so a note appearing is
 * announced; worded once typing pauses in the field it sits with (its parent's other children),
 * so a screen reader hears it once, not for every keystroke.
 */
export function FieldNote({ id, text }: FieldNoteProps) {
  const note = useRef<HTMLParagraphElement>(null);
  const shown = useSettled(text, () => note.current?.parentElement);
  return (
    <p ref={note} id={id} class="date-question" aria-live="polite">
      {shown}
    </p>
  );
}
