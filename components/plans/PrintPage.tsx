import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlanClient } from '@/utils/plans/client';
import { PlanStorageError } from '@/utils/plans/errors';
import type { Plan } from '@/utils/plans/model';
import { PrintPlan } from './PrintPlan';
import { WalletCard } from './WalletCard';

interface PrintPageProps {
  client: Pick<PlanClient, 'call' | 'onEvent' | 'onReconnect'>;
  planId: string;
  view: 'plan' | 'wallet';
  onPrint: () => void;
  /** The advocate's CASA program, named on the printed plan and the wallet card when it sets a name. */
  programName?: string;
}

/** Why the page shows no plan. Once blank, it stays blank until it is reloaded. */
type Blank = 'locked' | 'hidden' | 'removed' | 'missing';
type Shown = { kind: 'loading' } | { kind: 'plan'; plan: Plan } | { kind: 'blank'; why: Blank };

const BLANK_TEXT: Record<Blank, string> = {
  locked: 'Plans are locked. Unlock them in the side panel, then reload this page to print.',
  hidden: 'Hidden. Open the plan again from the side panel to print it.',
  removed: 'This plan was deleted.',
  missing: 'This plan could not be found. It may have been deleted.',
};

/**
 * The printable page: a toolbar (hidden on paper) and the plan or its wallet card. It blanks
 * on every lock and every Hide, whichever window or event caused it, and after the background
 * restarts it reads the plan again (a restarted background may have come back locked).
 */
export function PrintPage({ client, planId, view, onPrint, programName }: PrintPageProps) {
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const current = useRef(shown);
  current.current = shown;

  useEffect(() => {
    const load = () =>
      client.call('get', { id: planId }).then(
        (plan) => setShown(plan ? { kind: 'plan', plan } : { kind: 'blank', why: 'missing' }),
        (e: unknown) => setShown({ kind: 'blank', why: e instanceof PlanStorageError && e.code === 'locked' ? 'locked' : 'missing' }),
      );
    void load();
    const blank = (why: Blank) => setShown({ kind: 'blank', why });
    const offEvent = client.onEvent((event) => {
      if (event.kind === 'hidden') blank('hidden');
      else if (event.kind === 'vault' && event.state === 'locked') blank('locked');
      else if (event.kind === 'removed' && event.id === planId) blank('removed');
      else if (event.kind === 'changed' && event.plan.id === planId && current.current.kind === 'plan')
        setShown({ kind: 'plan', plan: event.plan });
    });
    const offReconnect = client.onReconnect(() => current.current.kind === 'plan' && void load());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, planId]);

  if (shown.kind === 'loading') return <p class="screen-only">Loading…</p>;
  if (shown.kind === 'blank') return <p role="alert">{BLANK_TEXT[shown.why]}</p>;
  return (
    <>
      <div class="toolbar screen-only">
        <button type="button" class="primary" onClick={onPrint}>
          Print or save as PDF
        </button>
        <p>Choose “Save as PDF” as the printer to keep a file. A printed plan is no longer protected by this device: store it safely.</p>
      </div>
      {view === 'wallet' ? (
        <WalletCard plan={shown.plan} programName={programName} />
      ) : (
        <PrintPlan plan={shown.plan} programName={programName} />
      )}
    </>
  );
}
