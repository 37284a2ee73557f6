import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteRequest } from '@/utils/note-request';
import type { usePlanWorkspace } from '../plans/use-plan-workspace';

type Workspace = Pick<ReturnType<typeof usePlanWorkspace>, 'plans' | 'editState' | 'open' | 'refresh'>;

/** The panel's address asked for a plan's observations (#plan=…&view=observations[&observation=…]). */
export interface InitialObservations {
  planId: string;
  observationId?: string;
}

interface Shown {
  planId: string;
  request?: PendingFlag;
  /** An observation to open at once (from the panel's address). */
  observationId?: string;
}

/** A red flag to note, once it has a plan to go to. */
export interface PendingFlag {
  flag: string;
  at: number;
}

/**
 * Requests already acted on, for the page's life. The panel holds on to its last request, and
 * the plans come back after each unlock or Hide: without this, each return noted the flag again.
 */
const taken = new WeakSet<NoteRequest>();

/**
 * Whether the plans tab shows the open plan's observations, and where a "Note this" goes: the
 * plan open in the panel; else the only plan; else the advocate chooses (a note about one youth
 * must never land in another's plan by a guess).
 */
export function useObservationsRoute(ws: Workspace, note: NoteRequest | null | undefined, initial?: InitialObservations) {
  /** Observations are shown for this plan, with the flag to tick (if a note brought them up). */
  const [shown, setShown] = useState<Shown | null>(initial ? { planId: initial.planId, observationId: initial.observationId } : null);
  /** A flag waiting for the advocate to choose the plan (or for the list to load). */
  const [waiting, setWaiting] = useState<PendingFlag | null>(null);
  /** The plan chosen for a waiting flag, until its editor has opened. */
  const [opening, setOpening] = useState<Shown | null>(null);
  const openPlanId = ws.editState?.plan.id;

  useEffect(() => {
    if (!note || taken.has(note)) return;
    taken.add(note);
    setWaiting({ flag: note.entryId, at: note.at });
  }, [note?.at]);

  /** The request whose plan list has been read afresh: a stale list must not pick the youth. */
  const [listedFor, setListedFor] = useState<number | null>(null);
  useEffect(() => {
    if (!waiting || openPlanId) return;
    const at = waiting.at;
    void ws.refresh().then(() => setListedFor(at));
  }, [waiting?.at, openPlanId]);

  const openable = ws.plans?.filter((p) => !p.damaged) ?? [];
  const listed = !!waiting && listedFor === waiting.at && !!ws.plans;
  /** The request whose plan was chosen for it, or asked for, once its list was read. */
  const [decided, setDecided] = useState<number | null>(null);
  useEffect(() => {
    if (!waiting) return;
    if (openPlanId) {
      setShown({ planId: openPlanId, request: waiting });
      setWaiting(null);
    } else if (listed && decided !== waiting.at) {
      // Decided once, on the list as it was when asked: a plan made later (in another window)
      // is offered in the chooser, never picked behind the advocate's back.
      setDecided(waiting.at);
      if (openable.length === 1) choose(openable[0]!.id);
    }
  }, [waiting, openPlanId, listed, ws.plans]);

  const wasOpen = useRef(openPlanId);
  useEffect(() => {
    if (opening && openPlanId === opening.planId) {
      setShown(opening);
      setOpening(null);
    }
    // The plan was closed (back to the list, deleted): so are its observations.
    if (wasOpen.current && !openPlanId) setShown(null);
    wasOpen.current = openPlanId;
  }, [openPlanId, opening]);

  function choose(planId: string) {
    if (!waiting) return;
    setOpening({ planId, request: waiting });
    setWaiting(null);
    void ws.open(planId);
  }

  return {
    /** Observations to show now (for the open plan only). */
    shown: shown && shown.planId === openPlanId ? shown : null,
    /** A flag waiting for the advocate to choose a plan (none is open and there is not exactly one). */
    choosing: waiting && !openPlanId && listed && decided === waiting.at ? waiting : null,
    show: () => openPlanId && setShown({ planId: openPlanId }),
    hide: () => setShown(null),
    choose,
    cancelChoice: () => setWaiting(null),
  };
}
