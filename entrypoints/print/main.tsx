import { render } from 'preact';
import './style.css';
import { PrintPage } from '@/components/plans/PrintPage';
import { redFlags } from '@/content/red-flags';
import { SEED_SECTIONS, SEED_TITLE } from '@/content/schema';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { readPrintAddress } from '@/utils/print-address';
import { programState } from '@/utils/program/state';
import { browser } from 'wxt/browser';

const request = readPrintAddress(location.search);
// This page may only read (utils/plans/access.ts): the background decides that from its URL.
const client = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));
// Restored from the back/forward cache, the page would show what it showed when left: read again.
addEventListener('pageshow', (event) => event.persisted && location.reload());

// The CASA program's name goes on printed plans; the page renders once it is read (a local read).
void programState.getValue().then((program) =>
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
      programName={program.settings.programName}
    />,
    document.getElementById('app')!,
  ),
);
