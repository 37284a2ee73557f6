import { useState } from 'preact/hooks';
import type { Column, Field } from '@/utils/plans/form';
import type { FieldValue, Row } from '@/utils/plans/model';

type RowsField = Extract<Field, { kind: 'rows' }>;

interface RowsEditorProps {
  field: RowsField;
  rows: Row[];
  onEdit: (value: FieldValue) => string | undefined;
}

interface CellInputProps {
  type: Column['type'];
  value: string;
  onInput: (input: HTMLInputElement) => void;
}

/** One free-text, phone or date cell; spell-checking and autocomplete off, as in every plan field. */
function CellInput({ type, value, onInput }: CellInputProps) {
  const common = {
    autoComplete: 'off',
    spellcheck: false,
    value,
    onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget),
  };
  return type === 'date' ? (
    <input type="date" {...common} />
  ) : (
    <input type="text" inputMode={type === 'tel' ? 'tel' : undefined} {...common} />
  );
}

/** A list field (people, places, numbers, services, team) as rows of labelled cells. */
export function RowsEditor({ field, rows, onEdit }: RowsEditorProps) {
  const [problem, setProblem] = useState<string>();
  const apply = (next: Row[]) => {
    const refused = onEdit(next);
    setProblem(refused);
    return refused;
  };
  const update = (index: number, column: string, cell: string) => rows.map((r, i) => (i === index ? { ...r, [column]: cell } : r));

  return (
    <fieldset class="field rows">
      <legend>{field.label}</legend>
      {rows.length === 0 && <p class="hint">None yet.</p>}
      {rows.map((row, index) => (
        <div key={row.id} class="row" role="group" aria-label={`${field.label}, row ${index + 1}`}>
          {field.columns.map((column) =>
            column.type === 'choice' ? (
              <label key={column.id} class="cell">
                <span>{column.label}</span>
                <select
                  autoComplete="off"
                  value={row[column.id] ?? ''}
                  onChange={(e) => apply(update(index, column.id, e.currentTarget.value))}
                >
                  {column.choices?.map((choice) => (
                    <option key={choice}>{choice}</option>
                  ))}
                </select>
              </label>
            ) : (
              <label key={column.id} class="cell">
                <span>{column.label}</span>
                <CellInput
                  type={column.type}
                  value={row[column.id] ?? ''}
                  onInput={(input) => {
                    if (apply(update(index, column.id, input.value))) input.value = row[column.id] ?? '';
                  }}
                />
              </label>
            ),
          )}
          <button
            type="button"
            class="remove-row"
            aria-label={`Remove row ${index + 1} of ${field.label}`}
            onClick={() => apply(rows.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={rows.length >= field.max}
        onClick={() =>
          apply([...rows, { id: crypto.randomUUID(), ...Object.fromEntries(field.columns.map((c) => [c.id, c.choices?.[0] ?? ''])) }])
        }
      >
        + {field.addLabel}
      </button>
      {rows.length >= field.max && <p class="hint">This list holds at most {field.max}.</p>}
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
