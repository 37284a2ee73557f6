import { render } from 'preact';
import './style.css';
import { PrintPage } from '@/components/plans/PrintPage';
import type { PanelPolicy } from '@/utils/panel-policy';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { browser } from 'wxt/browser';

/**
 * What a CASA program may set (utils/program/, wired from browser policy): the defaults until
 * then, in this one place. The print page uses only the program's name.
 */
const policy: PanelPolicy = { requireLock: false, allowPlainExport: true, maxAutoLockMinutes: undefined, programName: undefined };
const params = new URLSearchParams(location.search);
// This page may only read (utils/plans/access.ts): the background decides that from its URL.
const client = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));
// Restored from the back/forward cache, the page would show what it showed when left: read again.
addEventListener('pageshow', (event) => event.persisted && location.reload());

render(
  <PrintPage
    client={client}
    planId={params.get('plan') ?? ''}
    view={params.get('view') === 'wallet' ? 'wallet' : 'plan'}
    onPrint={() => window.print()}
    programName={policy.programName}
  />,
  document.getElementById('app')!,
);
