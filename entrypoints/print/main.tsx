import { render } from 'preact';
import './style.css';
import { PrintPage } from '@/components/plans/PrintPage';
import { redFlags } from '@/content/red-flags';
import { SEED_SECTIONS, SEED_TITLE } from '@/content/schema';
import type { PanelPolicy } from '@/utils/panel-policy';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { readPrintAddress } from '@/utils/print-address';
import { browser } from 'wxt/browser';

/**
 * What a CASA program may set (utils/program/, wired from browser policy): the defaults until
 * then, in this one place. The print page uses only the program's name.
 */
const policy: PanelPolicy = { requireLock: false, allowPlainExport: true, maxAutoLockMinutes: undefined, programName: undefined };
const request = readPrintAddress(location.search);
// This page may only read (utils/plans/access.ts): the background decides that from its URL.
const client = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));
// Restored from the back/forward cache, the page would show what it showed when left: read again.
addEventListener('pageshow', (event) => event.persisted && location.reload());

render(
  <PrintPage
    client={client}
    planId={request.planId}
    view={request.view}
    observationIds={request.observationIds}
    flags={redFlags}
    // The print page is English and has no translator: the citation is written out here.
    flagSource={`${SEED_TITLE}, section “${SEED_SECTIONS['red-flags']}”`}
    onPrint={() => window.print()}
    programName={policy.programName}
  />,
  document.getElementById('app')!,
);
