import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PlanClient } from '@/utils/plans/client';
import { PlanStorageError } from '@/utils/plans/errors';
import { isBlankObservation, newObservationData, type Observation } from '@/utils/plans/observation-model';
import type { PlanObservations } from '@/utils/plans/repository';
import { createObservationSession, type ObservationEditState, type ObservationSession } from '@/utils/plans/observation-session';

const randomId = () => crypto.randomUUID();

const messageOf = (error: unknown) => (error instanceof PlanStorageError ? error.message : t('obs_error_storage'));

/** Reads started before the screen mounts, by client and plan id; each is used once. */
const early = new WeakMap<PlanClient, Map<string, Promise<PlanObservations>>>();

/**
 * Starts reading a plan's observations now (or keeps the `read` already started), for a screen
 * that will mount once the plan has opened (the panel's address asked for them): the two reads
 * then run side by side.
 */
export function prefetchObservations(client: PlanClient, planId: string, read = client.call('observations', { planId })): void {
  const reads = early.get(client) ?? new Map<string, Promise<PlanObservations>>();
  // Handled where it is used; until then a refusal (plans locked) is no unhandled error.
  read.catch(() => {});
  early.set(client, reads.set(planId, read));
}

/** The observation being edited: its session (edits streamed to the background) and what it shows. */
export interface OpenObservation {
  session: ObservationSession;
  state: ObservationEditState;
}

/**
 * One plan's observations in the panel: the list (kept in step with other windows), the one
 * open for editing, and what went wrong. Writes go through the plan port like plan fields.
 */
export function useObservations(client: PlanClient, planId: string, makeId: () => string = randomId) {
  const [list, setList] = useState<{ observations: Observation[]; damaged: string[] } | null>(null);
  const [open, setOpen] = useState<OpenObservation | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** Puts `observation` in the list in place of its older copy (or adds it). */
  const upsert = (observation: Observation) =>
    setList((l) => l && { ...l, observations: [...l.observations.filter((o) => o.id !== observation.id), observation] });

  const actions = useMemo(() => {
    const report = (e: unknown) => setError(messageOf(e));
    const refresh = () => {
      const started = early.get(client)?.get(planId);
      early.get(client)?.delete(planId);
      const read = () => client.call('observations', { planId });
      // A read started early may have met the lock (the panel opened locked): read again.
      return (started ? started.catch(read) : read()).then(setList, report);
    };
    const openOne = (observation: Observation) => {
      const session = createObservationSession(client, observation, (state) => {
        setOpen((o) => (o?.session === session ? { session, state } : o));
        upsert(state.record);
      });
      setOpen({ session, state: session.state() });
      return session;
    };
    return {
      refresh,
      openOne,
      /** A new observation dated `today`, with `flags` ticked; opened for editing. */
      create: (today: string, flags: readonly string[] = []) =>
        client
          .call('createObservation', { planId, id: makeId(), data: newObservationData(today, flags) })
          .then((observation) => {
            upsert(observation);
            return openOne(observation);
          })
          .catch((e: unknown) => void report(e)),
      remove: (id: string) =>
        client.call('removeObservation', { id }).then(() => {
          setList((l) => l && { observations: l.observations.filter((o) => o.id !== id), damaged: l.damaged.filter((d) => d !== id) });
          setOpen((o) => (o?.state.record.id === id ? null : o));
        }, report),
      dismissError: () => setError(null),
    };
  }, [client, planId, makeId]);

  useEffect(() => void actions.refresh(), [actions]);

  useEffect(() => {
    const offEvent = client.onEvent((event) => {
      if (event.kind === 'observation-changed' && event.observation.planId === planId) {
        if (open?.state.record.id === event.observation.id) open.session.receive(event.observation);
        else upsert(event.observation);
      } else if (event.kind === 'observation-removed' && event.planId === planId) {
        setList((l) => l && { ...l, observations: l.observations.filter((o) => o.id !== event.id) });
        if (open?.state.record.id === event.id) {
          setOpen(null);
          setError(t('obs_error_deleted_elsewhere'));
        }
      }
    });
    // Events sent while the background was restarting are lost: read again.
    const offReconnect = client.onReconnect(() => void actions.refresh());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, planId, open, actions]);

  /** Closes the editor; an observation left blank (“+ New”, then back) is not kept. */
  const close = () => {
    const record = open?.state.record;
    setOpen(null);
    if (record && isBlankObservation(record)) void actions.remove(record.id);
  };

  return { list, open, error, ...actions, close };
}
