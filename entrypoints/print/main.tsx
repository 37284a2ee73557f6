import { render } from 'preact';
import catalogs from 'virtual:ui-catalogs';
import './style.css';
import { PrintPage } from '@/components/plans/PrintPage';
import { redFlags } from '@/content/red-flags';
import { SEED_SECTIONS, SEED_TITLE } from '@/content/schema';
import { speakLanguage } from '@/utils/guide-data';
import { t } from '@/utils/i18n';
import { interfaceLanguage } from '@/utils/language';
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

// The page speaks the advocate's language (Settings, else the browser's), from the catalogs
// loaded with its code (virtual:ui-catalogs, scripts/prerender-plugin.ts); the CASA program's
// name goes on printed plans. Both are local reads.
void Promise.all([programState.getValue(), interfaceLanguage(browser)]).then(([program, lang]) => {
  speakLanguage(lang, catalogs);
  document.title = t('print_title');
  render(
    <PrintPage
      client={client}
      planId={request.planId}
      view={request.view}
      observationIds={request.observationIds}
      flags={redFlags}
      flagSource={t('source_section', SEED_TITLE, SEED_SECTIONS['red-flags'])}
      onPrint={() => window.print()}
      programName={program.settings.programName}
    />,
    document.getElementById('app')!,
  );
});
