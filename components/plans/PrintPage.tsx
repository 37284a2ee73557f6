import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { t } from '@/utils/i18n';
import type { MessageKey } from '@/utils/i18n';
import type { PlanClient } from '@/utils/plans/client';
import { PlanStorageError } from '@/utils/plans/errors';
import type { Plan } from '@/utils/plans/model';
import type { Observation } from '@/utils/plans/observation-model';
import type { PlanEvent } from '@/utils/plans/protocol';
import type { PrintView } from '@/utils/print-address';
import { RedFlagChecklistPrint } from '../observations/RedFlagChecklistPrint';
import { PrintPlan } from './PrintPlan';
import { WalletCard } from './WalletCard';

interface PrintPageProps {
  client: Pick<PlanClient, 'call' | 'onEvent' | 'onReconnect'>;
  /** "" with the checklist view: the blank checklist, which reads no plan. */
  planId: string;
  view: PrintView;
  /** The checklist: the observations it is filled from, and the guide's red flags with their source. */
  observationIds?: readonly string[];
  flags?: readonly GuideEntry[];
  flagSource?: string;
  onPrint: () => void;
  /** The advocate's CASA program, named on the printed plan and the wallet card when it sets a name. */
  programName?: string;
}

/** Why the page shows no plan. Once blank, it stays blank until it is reloaded. */
type Blank = 'locked' | 'hidden' | 'removed' | 'missing';
type Shown = { kind: 'loading' } | { kind: 'plan'; plan: Plan; observations: Observation[] } | { kind: 'blank'; why: Blank };

const BLANK_TEXT: Record<Blank, MessageKey> = {
  locked: 'print_blank_locked',
  hidden: 'print_blank_hidden',
  removed: 'print_blank_removed',
  missing: 'print_blank_missing',
};

/** The shown observations after `event` (written elsewhere, or deleted); the same list when it is about none of them. */
function followObservations(shown: Observation[], event: PlanEvent): Observation[] {
  if (event.kind === 'observation-changed') return shown.map((o) => (o.id === event.observation.id ? event.observation : o));
  if (event.kind === 'observation-removed') return shown.filter((o) => o.id !== event.id);
  return shown;
}

/**
 * The printable page: a toolbar (hidden on paper) and the plan, its wallet card, or the red-flag
 * checklist. It blanks on every lock and every Hide, whichever window or event caused it, and
 * after the background restarts it reads again (a restarted background may have come back locked).
 * A blank checklist holds nothing but the guide, and reads no plan.
 */
export function PrintPage({
  client,
  planId,
  view,
  observationIds = [],
  flags = [],
  flagSource = '',
  onPrint,
  programName,
}: PrintPageProps) {
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const current = useRef(shown);
  current.current = shown;
  const blankChecklist = view === 'checklist' && !planId;
  const ids = observationIds.join(',');

  useEffect(() => {
    if (blankChecklist) return;
    const wanted = new Set(ids.split(',').filter(Boolean));
    const readObservations = () =>
      view === 'checklist'
        ? client.call('observations', { planId }).then((r) => r.observations.filter((o) => wanted.has(o.id)))
        : Promise.resolve([]);
    const load = () =>
      Promise.all([client.call('get', { id: planId }), readObservations()]).then(
        ([plan, observations]) => setShown(plan ? { kind: 'plan', plan, observations } : { kind: 'blank', why: 'missing' }),
        (e: unknown) => setShown({ kind: 'blank', why: e instanceof PlanStorageError && e.code === 'locked' ? 'locked' : 'missing' }),
      );
    void load();
    const blank = (why: Blank) => setShown({ kind: 'blank', why });
    const offEvent = client.onEvent((event) => {
      const now = current.current;
      if (event.kind === 'hidden') blank('hidden');
      else if (event.kind === 'vault' && event.state === 'locked') blank('locked');
      else if (event.kind === 'removed' && event.id === planId) blank('removed');
      else if (now.kind !== 'plan') return;
      else if (event.kind === 'changed' && event.plan.id === planId) setShown({ ...now, plan: event.plan });
      else setShown({ ...now, observations: followObservations(now.observations, event) });
    });
    const offReconnect = client.onReconnect(() => current.current.kind === 'plan' && void load());
    return () => {
      offEvent();
      offReconnect();
    };
  }, [client, planId, view, ids, blankChecklist]);

  if (!blankChecklist && shown.kind === 'loading') return <p class="screen-only">{t('plans_loading')}</p>;
  if (!blankChecklist && shown.kind === 'blank') return <p role="alert">{t(BLANK_TEXT[shown.why])}</p>;
  const plan = shown.kind === 'plan' ? shown.plan : undefined;
  let page;
  if (view === 'checklist') {
    const filled = plan && {
      nickname: typeof plan.data.nickname === 'string' ? plan.data.nickname : '',
      observations: shown.kind === 'plan' ? shown.observations : [],
    };
    page = <RedFlagChecklistPrint flags={flags} source={flagSource} filled={filled || undefined} />;
  } else if (plan)
    page = view === 'wallet' ? <WalletCard plan={plan} programName={programName} /> : <PrintPlan plan={plan} programName={programName} />;
  return (
    <>
      {/* Landmarks: the toolbar (screen only) a banner, what prints the main content. */}
      <header class="toolbar screen-only">
        <button type="button" class="primary" onClick={onPrint}>
          {t('print_button')}
        </button>
        <p>
          {t('print_pdf_hint')} {blankChecklist ? t('print_blank_checklist') : t('print_store_safely')}
        </p>
      </header>
      <main>{page}</main>
    </>
  );
}
