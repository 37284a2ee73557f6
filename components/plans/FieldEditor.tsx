import { useState } from 'preact/hooks';
import type { Field } from '@/utils/plans/form';
import type { FieldValue } from '@/utils/plans/model';
import { unfinishedDate } from '@/utils/observations/dates';
import { DateInput } from './DateInput';
import { RowsEditor } from './RowsEditor';

interface FieldEditorProps {
  field: Field;
  value: FieldValue | undefined;
  /** Applies the edit; returns why it was refused (then nothing changes). */
  onEdit: (value: FieldValue) => string | undefined;
  /** Another element (by id) that describes the field: a note under it. */
  describedBy?: string;
}

/** One labelled field of a plan, of any kind. Refused edits are undone and explained. */
export function FieldEditor({ field, value, onEdit, describedBy }: FieldEditorProps) {
  const text = typeof value === 'string' ? value : '';
  // A message is about the saved value it was given for: once that changes (here or in another
  // window), it no longer holds ("The saved date stays March 31" under January 2) and goes.
  const [said, setSaid] = useState<{ about: string; message: string }>();
  const setProblem = (message: string | undefined) => setSaid(message ? { about: text, message } : undefined);
  const problem = said && said.about === text ? said.message : undefined;
  const inputId = `field-${field.id}`;
  const description = ['hint' in field && field.hint && `${inputId}-hint`, describedBy].filter(Boolean).join(' ') || undefined;
  const apply = (next: FieldValue, revert?: () => void) => {
    const refused = onEdit(next);
    setProblem(refused);
    if (refused) revert?.();
  };

  let control;
  switch (field.kind) {
    case 'line': {
      // autocomplete=off: the browser must not keep plan text in its session-restore or
      // autofill stores on disk (tests/e2e/security.e2e.ts checks the profile). spellcheck
      // off: enhanced spell checkers (Chrome's, Edge's Editor) send typed text to a server.
      const common = {
        id: inputId,
        autoComplete: 'off',
        spellcheck: false,
        value: text,
        'aria-describedby': description,
        onInput: (e: { currentTarget: HTMLInputElement }) => {
          const input = e.currentTarget;
          apply(input.value, () => (input.value = text));
        },
      };
      control =
        field.type === 'date' ? (
          <DateInput
            id={inputId}
            value={text}
            describedBy={common['aria-describedby']}
            onDate={(input) => apply(input.value, () => (input.value = text))}
            onUnfinished={() => setProblem(unfinishedDate(field.label, text))}
          />
        ) : (
          <input type="text" {...common} />
        );
      break;
    }
    case 'text':
      control = (
        <textarea
          autoComplete="off"
          spellcheck={false}
          id={inputId}
          rows={3}
          value={text}
          aria-describedby={description}
          onInput={(e) => {
            const input = e.currentTarget;
            apply(input.value, () => (input.value = text));
          }}
        />
      );
      break;
    case 'choice':
      return (
        <fieldset class="field">
          <legend>{field.label}</legend>
          <div class="choices">
            {field.choices.map((choice) => (
              <label key={choice}>
                <input type="radio" autoComplete="off" name={inputId} checked={text === choice} onChange={() => apply(choice)} /> {choice}
              </label>
            ))}
          </div>
        </fieldset>
      );
    case 'checklist': {
      const checked = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return (
        <fieldset class="field">
          <legend>{field.label}</legend>
          <div class="checklist">
            {field.items.map((item) => (
              <label key={item}>
                <input
                  type="checkbox"
                  autoComplete="off"
                  checked={!!checked[item]}
                  onChange={(e) => apply({ ...checked, [item]: e.currentTarget.checked })}
                />{' '}
                {item}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'rows':
      return <RowsEditor field={field} rows={Array.isArray(value) ? value : []} onEdit={onEdit} />;
  }

  return (
    <div class="field">
      <label for={inputId}>{field.label}</label>
      {field.hint && (
        <p id={`${inputId}-hint`} class="hint">
          {field.hint}
        </p>
      )}
      {control}
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
