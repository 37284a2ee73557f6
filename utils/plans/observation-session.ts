import type { PlanClient } from './client';
import { createFieldSession, type FieldSession, type FieldSessionState } from './field-session';
import type { FieldValue } from './model';
import { OBSERVATION_FIELDS, type Observation } from './observation-model';

export type ObservationSession = FieldSession<Observation>;
export type ObservationEditState = FieldSessionState<Observation>;

/**
 * One open observation, edited exactly like a plan (field-session.ts): every keystroke is
 * posted over the plan port to the background's single writer before the event returns.
 */
export function createObservationSession(
  client: Pick<PlanClient, 'call' | 'clientId'>,
  initial: Observation,
  onChange: (state: ObservationEditState) => void,
): ObservationSession {
  const send = (id: string, fieldId: string, value: FieldValue, baseRev: number) =>
    client
      .call('patchObservation', { id, fieldId, value, baseRev, clientId: client.clientId })
      .then(({ status, observation }) => ({ status, record: observation }));
  return createFieldSession(OBSERVATION_FIELDS, send, initial, onChange);
}
