/** What the print page shows: a plan, its wallet card, or the red-flag checklist (blank or filled). */
export type PrintView = 'plan' | 'wallet' | 'checklist';

export interface PrintRequest {
  /** "" for a blank checklist, which needs no plan. */
  planId: string;
  view: PrintView;
  /** The observations a filled checklist is filled from (random ids, never their text). */
  observationIds: string[];
}

/**
 * The print page's address: print.html?plan=<id>&view=<view>[&obs=<id>,<id>…]. It holds ids
 * only: history and session restore keep it, so no plan text may ever be in it (SECURITY.md).
 */
export function printAddress(page: string, { planId, view, observationIds }: PrintRequest): string {
  const params = new URLSearchParams({ plan: planId, view });
  if (observationIds.length) params.set('obs', observationIds.join(','));
  return `${page}?${params}`;
}

export function readPrintAddress(search: string): PrintRequest {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return {
    planId: params.get('plan') ?? '',
    view: view === 'wallet' || view === 'checklist' ? view : 'plan',
    observationIds: (params.get('obs') ?? '').split(',').filter(Boolean),
  };
}
