/**
 * Observations: the side panel opened on one youth's 200 observations while 50 plans × 200
 * observations are stored (10,000 records), beside a blank extension page loaded in the same run.
 */
import { launchExtension } from '../../tests/e2e/fixtures.ts';
import { ms, percentile, readyTimes, withBlankPage, type Row } from './lib.ts';
import { planRequestFromPanel } from './plan-requests.ts';

const PLANS = 50;
const PER_PLAN = 200;
const READY_RUNS = 20;

/** A backup file (format 2, utils/plans/backup.ts) with `plans` plans of `perPlan` realistic observations each. */
export function backupWith(plans: number, perPlan: number): string {
  const now = Date.now();
  const flags = ['red-flag-excess-cash', 'red-flag-older-partner', 'red-flag-prepaid-cards-phones', 'red-flag-fearful-demeanor'];
  const day = (i: number) => new Date(now - i * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    format: 'csec-safety-plans',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    plans: Array.from({ length: plans }, (_, p) => ({
      id: `obs-${p}`,
      rev: 2,
      createdAt: now,
      updatedAt: now - p * 60_000,
      snapshotAt: now,
      fieldStamps: {},
      data: { nickname: `Youth ${p}`, coping: 'Drawing, music with headphones, calling her aunt.' },
    })),
    observations: Array.from({ length: plans * perPlan }, (_, i) => ({
      id: `obs-${Math.floor(i / perPlan)}-${i % perPlan}`,
      planId: `obs-${Math.floor(i / perPlan)}`,
      rev: 3,
      createdAt: now,
      updatedAt: now,
      snapshotAt: now,
      fieldStamps: {},
      data: {
        observedOn: day(i % perPlan),
        writtenOn: day(i % perPlan),
        flags: Object.fromEntries(flags.slice(0, i % 4).map((f) => [f, true])),
        seen: 'At the visit she had a new phone and a roll of cash, and said an older friend picks her up after school. '.repeat(2),
        told: [{ id: 't', role: 'CSW', name: 'M. Lee', on: day(i % perPlan), reference: '' }],
        followUp: 'CSW to follow up with the placement this week.',
      },
    })),
  });
}

export async function benchObservations(dir: string): Promise<Row[]> {
  const browser = await launchExtension(withBlankPage(dir));
  try {
    const seeder = await browser.openPage('blank.html');
    await seeder.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        lockOffered: true,
      }),
    );
    // The floor every panel view stands on: the panel's own page with nothing stored.
    const empty = await readyTimes(
      browser,
      'sidepanel.html',
      `!!document.querySelector('.plan-list')?.textContent?.includes('No safety plans yet')`,
      READY_RUNS,
    );
    // The list renders only the plans in view (issue #12): it is ready when it shows them and knows it holds all.
    const listReady = `(() => { const list = document.querySelector('.plans'); return !!list && list.dataset.total === '${PLANS}' && !!list.querySelector('.plan-item'); })()`;
    // The same plan list before and after the observations are stored: they must cost it nothing.
    await planRequestFromPanel(browser, 'importBackup', { text: backupWith(PLANS, 0) });
    const before = await readyTimes(browser, 'sidepanel.html', listReady, READY_RUNS);
    await planRequestFromPanel(browser, 'importBackup', { text: backupWith(PLANS, PER_PLAN) });
    const list = await readyTimes(browser, 'sidepanel.html', listReady, READY_RUNS);
    const ready = await readyTimes(
      browser,
      'sidepanel.html#plan=obs-7&view=observations',
      `document.querySelectorAll('.observation-item').length >= ${PER_PLAN}`,
      READY_RUNS,
    );
    const [page, blank] = [percentile(ready.page, 50), percentile(ready.blank, 50)];
    const [listed, listedBefore, emptyPanel] = [percentile(list.page, 50), percentile(before.page, 50), percentile(empty.page, 50)];
    return [
      {
        metric: `side panel ready on a youth's ${PER_PLAN} observations (${PLANS} plans × ${PER_PLAN} stored), median of ${READY_RUNS}`,
        value: `${ms(page)} (${(page / blank).toFixed(2)}× blank)`,
        baseline: `blank page ${ms(blank)}; empty panel ${ms(emptyPanel)} (${(emptyPanel / percentile(empty.blank, 50)).toFixed(2)}× blank)`,
        target: '≤ 2× blank page',
        ok: page <= 2 * blank,
      },
      {
        metric: `side panel plan list ready, ${PLANS} plans with ${PLANS * PER_PLAN} observations stored`,
        value: ms(listed),
        baseline: `the same ${PLANS} plans, no observations: ${ms(listedBefore)}`,
        target: '≤ that + 10%',
        ok: listed <= listedBefore * 1.1,
      },
    ];
  } finally {
    await browser.close();
  }
}
