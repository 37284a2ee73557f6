import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Column } from '@/utils/plans/form';
import { DateInput } from './DateInput';

interface CellInputProps {
  type: Column['type'];
  value: string;
  onInput: (input: HTMLInputElement) => void;
  /** A date cell shows a date that is not whole or not on the calendar: nothing is saved. */
  onUnfinished: () => void;
}

/** One phone or date cell; spell-checking and autocomplete off, as in every plan field. */
export function CellInput({ type, value, onInput, onUnfinished }: CellInputProps) {
  const common = {
    autoComplete: 'off',
    spellcheck: false,
    value,
    onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget),
  };
  return type === 'date' ? (
    <DateInput value={value} onDate={onInput} onUnfinished={onUnfinished} />
  ) : (
    <input type="text" inputMode={type === 'tel' ? 'tel' : undefined} {...common} />
  );
}

/**
 * A one-line text cell that wraps instead of cutting its text: a textarea as tall as what it
 * holds (CSS field-sizing where the browser has it, its scroll height elsewhere). Enter adds
 * no line, and a pasted line break becomes a space.
 */
export function CellText({ value, onChange }: { value: string; onChange: (text: string) => string | undefined }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || globalThis.CSS?.supports?.('field-sizing', 'content')) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      class="cell-text"
      rows={1}
      autoComplete="off"
      spellcheck={false}
      value={value}
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      onInput={(e) => {
        const input = e.currentTarget;
        const text = input.value.replace(/\s*[\r\n]+\s*/g, ' ');
        if (onChange(text)) input.value = value;
        else if (text !== input.value) input.value = text;
      }}
    />
  );
}
