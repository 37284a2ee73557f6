import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PlanClient } from '@/utils/plans/client';
import { createEditSession, type EditSession, type EditState } from '@/utils/plans/edit-session';
import { PlanStorageError } from '@/utils/plans/errors';
import type { Plan, PlanSummary } from '@/utils/plans/model';
import { isBlankPlan } from '@/utils/plans/progress';

const randomId = () => crypto.randomUUID();

const messageOf = (error: unknown) => (error instanceof PlanStorageError ? error.message : t('plans_storage_problem'));

/**
 * The side panel's plan state: the list, the open plan's edit session, and what went wrong.
 * `askedList`, `askedPlan`: answers to requests already on their way (the panel asks at start-up).
 */
export function usePlanWorkspace(
  client: PlanClient,
  initialPlanId?: string,
  askedList?: () => Promise<PlanSummary[]> | undefined,
  askedPlan?: (id: string) => Promise<Plan | null> | undefined,
  makeId: () => string = randomId,
) {
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [session, setSession] = useState<EditSession | null>(null);
  const [editState, setEditState] = useState<EditState | null>(null);
  /** The open plan as last seen, and the one "+ New safety plan" made here. */
  const latest = useRef<EditState | null>(null);
  latest.current = editState;
  const madeHere = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The error a failed list left, the only one a list that loads takes away. */
  const listFailure = useRef<string | null>(null);

  const actions = useMemo(() => {
    const refresh = (pending = client.call('list', {})) =>
      pending.then(
        (list) => {
          setPlans(list);
          // Not "The plan you had open was deleted in another window": the list that follows
          // the deletion must not take away what explains it.
          setError((shown) => (shown === listFailure.current ? null : shown));
          listFailure.current = null;
        },
        // Locked: the lock screen says so (the list is asked for before the lock's state is known).
        (e: unknown) => {
          if (e instanceof PlanStorageError && e.code === 'locked') return;
          listFailure.current = messageOf(e);
          setError(listFailure.current);
        },
      );
    const report = (e: unknown) => setError(messageOf(e));
    /** `asked`: the plan, already asked for; refused (the plans were locked then), it is asked again. */
    const open = async (id: string, asked?: Promise<Plan | null>) => {
      const get = () => client.call('get', { id });
      const plan = await (asked ? asked.catch(get) : get());
      if (!plan) return setError(t('storage_not_found'));
      const s = createEditSession(client, plan, setEditState);
      setSession(s);
      setEditState(s.state());
    };
    return {
      refresh,
      open: (id: string, asked?: Promise<Plan | null>) => open(id, asked).catch(report),
      close: () => {
        const plan = latest.current?.plan;
        setSession(null);
        setEditState(null);
        // "+ New safety plan", then straight back: nothing typed, so no "Untitled plan" is left
        // behind, unless observations were written for it ("Note this" for a new youth).
        if (plan && plan.id === madeHere.current && isBlankPlan(plan)) {
          void client
            .call('observations', { planId: plan.id })
            .then((o) => (o.observations.length || o.damaged.length ? undefined : client.call('remove', { id: plan.id })))
            .catch(() => undefined)
            .then(() => refresh());
        } else void refresh();
      },
      create: () =>
        client
          .call('create', { id: makeId() })
          .then((plan) => {
            madeHere.current = plan.id;
            return open(plan.id);
          })
          .catch(report),
      rename: async (id: string, nickname: string) => {
        const plan = await client.call('get', { id }).catch(report);
        if (!plan) return;
        await client
          .call('patch', { id, fieldId: 'nickname', value: nickname.slice(0, 200), baseRev: plan.rev, clientId: client.clientId })
          .catch(report);
        void refresh();
      },
      /** Resolves with the copy once it is listed (undefined when that failed, which is reported). */
      duplicate: (id: string, nickname: string): Promise<Plan | undefined> =>
        client
          .call('duplicate', { id, nickname })
          .then((copy) => refresh().then(() => copy))
          .catch((e: unknown) => {
            report(e);
            return undefined;
          }),
      /** Resolves true once the plan is deleted (false when that failed, which is reported). */
      remove: (id: string): Promise<boolean> =>
        client.call('remove', { id }).then(
          () => refresh().then(() => true),
          (e: unknown) => {
            report(e);
            return false;
          },
        ),
      dismissError: () => setError(null),
    };
  }, [client, makeId]);

  // A layout effect: the list is asked for with the first render, not a frame later.
  useLayoutEffect(() => {
    void actions.refresh(askedList?.());
    if (initialPlanId) void actions.open(initialPlanId, askedPlan?.(initialPlanId));
  }, [actions, initialPlanId, askedList, askedPlan]);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.kind === 'list-changed') void actions.refresh();
        if (event.kind === 'problem') setError(event.message);
        if (event.kind === 'changed') session?.receive(event.plan);
        if (event.kind === 'removed' && session?.state().plan.id === event.id) {
          setSession(null);
          setEditState(null);
          setError(t('plans_deleted_elsewhere'));
        }
      }),
    [client, actions, session],
  );

  return { plans, session, editState, error, ...actions };
}
