import { render } from 'preact';
import './style.css';
import { PrintPage } from '@/components/plans/PrintPage';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { browser } from 'wxt/browser';

const params = new URLSearchParams(location.search);
const client = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));

render(
  <PrintPage
    load={() => client.call('get', { id: params.get('plan') ?? '' })}
    view={params.get('view') === 'wallet' ? 'wallet' : 'plan'}
    onPrint={() => window.print()}
  />,
  document.getElementById('app')!,
);
