import type { PlanClient } from './client';
import { createFieldSession, type FieldConflict, type FieldSession, type SaveStatus } from './field-session';
import { PLAN_FIELDS } from './form';
import type { FieldValue, Plan } from './model';

export type { FieldConflict, SaveStatus } from './field-session';

export interface EditState {
  plan: Plan;
  status: SaveStatus;
  conflicts: FieldConflict[];
}

export interface EditSession extends Omit<FieldSession<Plan>, 'state'> {
  state(): EditState;
}

/**
 * The editor's model of one open plan (field-session.ts): local edits show at once, each is
 * streamed over the plan port as its own write, and "Saved" shows only when none is outstanding.
 */
export function createEditSession(client: PlanClient, initial: Plan, onChange: (state: EditState) => void): EditSession {
  const asEditState = ({ record, status, conflicts }: { record: Plan; status: SaveStatus; conflicts: FieldConflict[] }): EditState => ({
    plan: record,
    status,
    conflicts,
  });
  const send = (id: string, fieldId: string, value: FieldValue, baseRev: number) =>
    client.call('patch', { id, fieldId, value, baseRev, clientId: client.clientId }).then(({ status, plan }) => ({ status, record: plan }));
  const session = createFieldSession(PLAN_FIELDS, send, initial, (s) => onChange(asEditState(s)));
  return { ...session, state: () => asEditState(session.state()) };
}
