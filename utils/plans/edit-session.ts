import type { PlanClient } from './client';
import { PlanStorageError } from './errors';
import { PLAN_FIELDS } from './form';
import { checkFieldValue, type FieldValue, type Plan } from './model';

/** What the editor shows about saving. "saved" only once every write has committed. */
export type SaveStatus = { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string };

/** A field another window changed while this one was typing in it. */
export interface FieldConflict {
  fieldId: string;
  /** What this window had typed; kept so the advocate can copy or reapply it. */
  yours: FieldValue;
}

export interface EditState {
  plan: Plan;
  status: SaveStatus;
  conflicts: FieldConflict[];
}

export interface EditSession {
  state(): EditState;
  /** Applies an edit locally and streams it to storage. Returns why it was refused, if it was. */
  edit(fieldId: string, value: FieldValue): string | undefined;
  /** Writes this window's text over another window's after a conflict, on request. */
  keepMine(fieldId: string): void;
  dismissConflict(fieldId: string): void;
  /** Adopts a plan written elsewhere (another window, a restore). */
  receive(plan: Plan): void;
}

/**
 * The editor's model of one open plan: local edits show at once, each is sent as its own
 * write, and the status says "Saved" only when none is outstanding.
 */
export function createEditSession(client: PlanClient, initial: Plan, onChange: (state: EditState) => void): EditSession {
  let plan = initial;
  let baseRev = initial.rev;
  let inFlight = 0;
  let status: SaveStatus = { state: 'saved' };
  let conflicts: FieldConflict[] = [];
  /** Fields with writes not yet answered: remote values must not overwrite what is being typed. */
  const pendingFields = new Map<string, number>();

  const snapshot = (): EditState => ({ plan, status, conflicts });
  const notify = () => onChange(snapshot());
  const setField = (fieldId: string, value: FieldValue) => {
    plan = { ...plan, data: { ...plan.data, [fieldId]: value } };
  };

  function send(fieldId: string, value: FieldValue) {
    inFlight++;
    pendingFields.set(fieldId, (pendingFields.get(fieldId) ?? 0) + 1);
    status = { state: 'saving' };
    client
      .call('patch', { id: plan.id, fieldId, value, baseRev, clientId: client.clientId })
      .then((result) => {
        baseRev = Math.max(baseRev, result.plan.rev);
        if (result.status === 'conflict') {
          conflicts = [...conflicts.filter((c) => c.fieldId !== fieldId), { fieldId, yours: value }];
          setField(fieldId, result.plan.data[fieldId] ?? '');
        } else if (status.state === 'error') {
          status = { state: 'saving' };
        }
      })
      .catch((error: unknown) => {
        const message =
          error instanceof PlanStorageError
            ? error.message
            : 'Not saved because of an unexpected error. Your last saved version is intact.';
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
      const field = PLAN_FIELDS.get(fieldId);
      const problem = field ? checkFieldValue(field, value) : 'Unknown field.';
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
      if (remote.id !== plan.id || remote.rev <= baseRev) return;
      baseRev = remote.rev;
      const data = { ...remote.data };
      for (const fieldId of pendingFields.keys()) {
        const mine = plan.data[fieldId];
        if (mine !== undefined) data[fieldId] = mine;
      }
      plan = { ...remote, data };
      notify();
    },
  };
}
