import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { columnAsked, type Field } from '@/utils/plans/form';
import type { FieldValue, Row } from '@/utils/plans/model';
import { t } from '@/utils/i18n';
import { unfinishedDate } from '@/utils/observations/dates';
import { Announcement } from '../Announcement';
import { CellInput, CellText } from './RowCells';

type RowsField = Extract<Field, { kind: 'rows' }>;

interface RowsEditorProps {
  field: RowsField;
  rows: Row[];
  onEdit: (value: FieldValue) => string | undefined;
}

/** How a removed row is named in “Removed …”: its first filled cell. */
const rowName = (field: RowsField, row: Row, index: number) =>
  field.columns.map((c) => (c.type === 'choice' ? '' : (row[c.id] ?? '').trim())).find(Boolean) ?? t('rows_row', index + 1);

/**
 * A row's group name: its place, and what its first cell says when that is typed text — the
 * row's own name (who, which service), so seven “Number” fields each say whose (helper-60).
 */
function rowLabel(field: RowsField, row: Row, index: number): string {
  const first = field.columns[0];
  const name = first && first.type !== 'choice' ? (row[first.id] ?? '').trim() : '';
  return name ? t('rows_group_named', field.label, index + 1, name) : t('rows_group', field.label, index + 1);
}

/**
 * A list field (people, places, numbers, services, team): each row a card of labelled cells,
 * one above the other at the panel's full width, so no name or number is ever cut. Remove
 * takes effect at once, with Undo.
 */
export function RowsEditor({ field, rows, onEdit }: RowsEditorProps) {
  const [problem, setProblem] = useState<string>();
  const [removed, setRemoved] = useState<{ row: Row; index: number } | null>(null);
  /** Said once Undo has put a row back (the focus goes to its first field, which says only that field). */
  const [putBack, setPutBack] = useState('');
  /** The row whose first cell gets the focus after the next render (one just added or put back). */
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const apply = (next: Row[]) => {
    const refused = onEdit(next);
    setProblem(refused);
    return refused;
  };
  const update = (index: number, column: string, cell: string) => rows.map((r, i) => (i === index ? { ...r, [column]: cell } : r));

  // The Remove button is gone with its row: the focus goes to Undo.
  useLayoutEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);
  useLayoutEffect(() => {
    if (!focusRow) return;
    list.current?.querySelector<HTMLElement>(`[data-row="${CSS.escape(focusRow)}"] :is(input, select, textarea)`)?.focus();
    setFocusRow(null);
  }, [focusRow, rows]);

  return (
    <fieldset class="field rows" ref={list}>
      <legend>{field.label}</legend>
      {rows.length === 0 && <p class="hint">{t('rows_none')}</p>}
      {rows.map((row, index) => (
        <div key={row.id} class="row" role="group" aria-label={rowLabel(field, row, index)} data-row={row.id}>
          {field.columns
            .filter((column) => columnAsked(column, row))
            .map((column) => (
              <label key={column.id} class="cell">
                <span>{column.label}</span>
                {column.type === 'choice' ? (
                  <select
                    autoComplete="off"
                    value={row[column.id] ?? ''}
                    onChange={(e) => apply(update(index, column.id, e.currentTarget.value))}
                  >
                    {column.startsBlank && <option value="">{t('rows_choose')}</option>}
                    {column.choices?.map((choice) => (
                      <option key={choice}>{choice}</option>
                    ))}
                  </select>
                ) : column.type === 'tel' || column.type === 'date' ? (
                  <CellInput
                    type={column.type}
                    value={row[column.id] ?? ''}
                    onInput={(input) => {
                      if (apply(update(index, column.id, input.value))) input.value = row[column.id] ?? '';
                    }}
                    onUnfinished={() => setProblem(unfinishedDate(column.label, row[column.id] ?? ''))}
                  />
                ) : (
                  <CellText value={row[column.id] ?? ''} onChange={(text) => apply(update(index, column.id, text))} />
                )}
              </label>
            ))}
          <button
            type="button"
            class="remove-row small"
            aria-label={t('rows_remove_label', index + 1, field.label)}
            onClick={() => {
              if (apply(rows.filter((_, i) => i !== index))) return;
              setRemoved({ row, index });
              setPutBack('');
            }}
          >
            {t('rows_remove')}
          </button>
        </div>
      ))}
      <Announcement text={putBack} />
      {/* Always in the page as a live region, so "Removed …" is said as it is written in
          (helper-60); a status only while it says something (one status per screen: Saved). */}
      <p class="undo" aria-live="polite" role={removed ? 'status' : undefined}>
        {removed && (
          <>
            {t('rows_removed', rowName(field, removed.row, removed.index))}{' '}
            <button
              ref={undo}
              type="button"
              class="small"
              onClick={() => {
                const back = [...rows.slice(0, removed.index), removed.row, ...rows.slice(removed.index)];
                if (apply(back)) return;
                setRemoved(null);
                setPutBack(t('rows_put_back', rowName(field, removed.row, removed.index)));
                setFocusRow(removed.row.id);
              }}
            >
              {t('rows_undo')}
            </button>
          </>
        )}
      </p>
      <button
        type="button"
        disabled={rows.length >= field.max}
        onClick={() => {
          const first = (c: (typeof field.columns)[number]) => (c.startsBlank ? '' : (c.choices?.[0] ?? ''));
          const row = { id: crypto.randomUUID(), ...Object.fromEntries(field.columns.map((c) => [c.id, first(c)])) };
          if (apply([...rows, row])) return;
          setRemoved(null);
          setFocusRow(row.id);
        }}
      >
        + {field.addLabel}
      </button>
      {rows.length >= field.max && <p class="hint">{t('rows_max', field.max)}</p>}
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
