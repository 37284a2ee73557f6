import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '@/utils/plans/model';
import { PrintPlan } from './PrintPlan';
import { WalletCard } from './WalletCard';

interface PrintPageProps {
  load: () => Promise<Plan | null>;
  view: 'plan' | 'wallet';
  onPrint: () => void;
}

/** The printable page: a toolbar (hidden on paper) and the plan or its wallet card. */
export function PrintPage({ load, view, onPrint }: PrintPageProps) {
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  useEffect(() => {
    load().then(setPlan, () => setPlan(null));
  }, [load]);
  useEffect(() => {
    if (plan) document.title = view === 'wallet' ? 'Wallet card' : 'Safety plan';
  }, [plan, view]);

  if (plan === undefined) return <p class="screen-only">Loading…</p>;
  if (plan === null) return <p role="alert">This plan could not be found. It may have been deleted.</p>;
  return (
    <>
      <div class="toolbar screen-only">
        <button type="button" class="primary" onClick={onPrint}>
          Print or save as PDF
        </button>
        <p>Choose “Save as PDF” as the printer to keep a file. A printed plan is no longer protected by this device: store it safely.</p>
      </div>
      {view === 'wallet' ? <WalletCard plan={plan} /> : <PrintPlan plan={plan} />}
    </>
  );
}
