/** Plan requests for seeding a benchmark's browser: the messages the side panel itself sends. */
import type { Page } from 'playwright-core';
import type { launchExtension } from '../../tests/e2e/fixtures.ts';

/** Sends one request on the plan port from an extension page, as the side panel does. */
async function planRequest(page: Page, method: string, args: unknown): Promise<void> {
  await page.evaluate(
    ([method, args]) =>
      new Promise<void>((resolve, reject) => {
        type Port = {
          postMessage(m: unknown): void;
          disconnect(): void;
          onMessage: { addListener(cb: (m: { kind: string; ok: boolean; message?: string }) => void): void };
        };
        const runtime = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime;
        const port = runtime.connect({ name: 'plans' });
        port.onMessage.addListener((m) => {
          if (m.kind !== 'response') return;
          port.disconnect();
          if (m.ok) resolve();
          else reject(new Error(m.message));
        });
        port.postMessage({ kind: 'request', seq: 1, method, args });
      }),
    [method, args] as const,
  );
}

/** The same from a side panel page, the only page with the whole plan API (utils/plans/access.ts), closed after. */
export async function planRequestFromPanel(
  browser: Awaited<ReturnType<typeof launchExtension>>,
  method: string,
  args: unknown,
): Promise<void> {
  const page = await browser.openPage('sidepanel.html');
  try {
    await planRequest(page, method, args);
  } finally {
    await page.close();
  }
}
