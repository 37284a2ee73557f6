import { t } from '@/utils/i18n';
import { PlanStorageError } from './errors';
import type { Field } from './form';
import { checkFieldValue, type FieldValue } from './model';

/** What the editor shows about saving. "saved" only once every write has committed. */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string };

/** A field another window changed while this one was typing in it. */
export interface FieldConflict {
  fieldId: string;
  /** What this window had typed; kept so the advocate can copy or reapply it. */
  yours: FieldValue;
}

/** A record edited field by field: a plan or an observation. */
export interface EditableRecord {
  id: string;
  rev: number;
  data: Record<string, FieldValue>;
}

export interface FieldSessionState<T extends EditableRecord> {
  record: T;
  status: SaveStatus;
  conflicts: FieldConflict[];
}

export interface FieldSession<T extends EditableRecord> {
  state(): FieldSessionState<T>;
  /** Applies an edit locally and streams it to storage. Returns why it was refused, if it was. */
  edit(fieldId: string, value: FieldValue): string | undefined;
  /** Writes this window's text over another window's after a conflict, on request. */
  keepMine(fieldId: string): void;
  dismissConflict(fieldId: string): void;
  /** Adopts a copy written elsewhere (another window, a restore, an import). */
  receive(record: T): void;
}

/** How a session sends one field: the write is posted before this returns (see client.ts). */
export type SendField<T> = (
  id: string,
  fieldId: string,
  value: FieldValue,
  baseRev: number,
) => Promise<{ status: 'saved' | 'conflict'; record: T }>;

/**
 * The editor's model of one open record: local edits show at once, each is sent as its own
 * write, and the status says "Saved" only when none is outstanding. `fields` are the record's
 * known fields, checked before anything is sent (the service checks them again).
 */
export function createFieldSession<T extends EditableRecord>(
  fields: ReadonlyMap<string, Field>,
  sendField: SendField<T>,
  initial: T,
  onChange: (state: FieldSessionState<T>) => void,
): FieldSession<T> {
  let record = initial;
  let baseRev = initial.rev;
  let inFlight = 0;
  let status: SaveStatus = { state: 'saved' };
  let conflicts: FieldConflict[] = [];
  /** Fields with writes not yet answered: remote values must not overwrite what is being typed. */
  const pendingFields = new Map<string, number>();

  const snapshot = (): FieldSessionState<T> => ({ record, status, conflicts });
  const notify = () => onChange(snapshot());
  const setField = (fieldId: string, value: FieldValue) => {
    record = { ...record, data: { ...record.data, [fieldId]: value } };
  };

  function send(fieldId: string, value: FieldValue) {
    inFlight++;
    pendingFields.set(fieldId, (pendingFields.get(fieldId) ?? 0) + 1);
    status = { state: 'saving' };
    sendField(record.id, fieldId, value, baseRev)
      .then((result) => {
        baseRev = Math.max(baseRev, result.record.rev);
        if (result.status === 'conflict') {
          conflicts = [...conflicts.filter((c) => c.fieldId !== fieldId), { fieldId, yours: value }];
          setField(fieldId, result.record.data[fieldId] ?? '');
        } else if (status.state === 'error') {
          status = { state: 'saving' };
        }
      })
      .catch((error: unknown) => {
        const message = error instanceof PlanStorageError ? error.message : t('storage_unexpected');
        status = { state: 'error', message };
      })
      .finally(() => {
        inFlight--;
        const left = (pendingFields.get(fieldId) ?? 1) - 1;
        if (left) pendingFields.set(fieldId, left);
        else pendingFields.delete(fieldId);
        if (inFlight === 0 && status.state === 'saving') status = { state: 'saved' };
        notify();
      });
  }

  return {
    state: snapshot,
    edit(fieldId, value) {
      const field = fields.get(fieldId);
      const problem = field ? checkFieldValue(field, value) : t('check_unknown_field');
      if (problem) return problem;
      setField(fieldId, value);
      send(fieldId, value);
      notify();
      return undefined;
    },
    keepMine(fieldId) {
      const conflict = conflicts.find((c) => c.fieldId === fieldId);
      if (!conflict) return;
      conflicts = conflicts.filter((c) => c.fieldId !== fieldId);
      setField(fieldId, conflict.yours);
      send(fieldId, conflict.yours);
      notify();
    },
    dismissConflict(fieldId) {
      conflicts = conflicts.filter((c) => c.fieldId !== fieldId);
      notify();
    },
    receive(remote) {
      if (remote.id !== record.id || remote.rev <= baseRev) return;
      baseRev = remote.rev;
      const data = { ...remote.data };
      for (const fieldId of pendingFields.keys()) {
        const mine = record.data[fieldId];
        if (mine !== undefined) data[fieldId] = mine;
      }
      record = { ...remote, data };
      notify();
    },
  };
}
