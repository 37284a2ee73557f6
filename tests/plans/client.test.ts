import { describe, expect, it } from 'vitest';
import type { PortLike } from '@/utils/port';
import { freshRepository, servePlans } from './helpers';

/** The browser's limit on one message (64 MiB in Chrome), scaled down for the test. */
const LIMIT = 10_000;

/** A page port that refuses big messages the way Chrome does: postMessage throws. */
function withSizeLimit(port: PortLike): PortLike {
  return {
    ...port,
    postMessage(message) {
      if (JSON.stringify(message).length > LIMIT) throw new Error('Message exceeded maximum allowed size of 64MiB.');
      port.postMessage(message);
    },
  };
}

function connectedClient() {
  const { repository } = freshRepository();
  const { connect, ports } = servePlans(repository, {}, withSizeLimit);
  const client = connect('A');
  /** The service worker stops: the page's port closes, and the page reconnects. */
  const restartWorker = () => ports.at(-1)!.background.disconnect();
  return { repository, client, restartWorker };
}

describe('finding 7: a request too big to send never blocks later edits', () => {
  it('finding 7: a backup too big to send is refused at once with a message', async () => {
    const { client } = connectedClient();
    await expect(client.call('importBackup', { text: 'x'.repeat(LIMIT) })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/too large.*Nothing was changed/),
    });
  });

  it('finding 7: after a refused backup, edits are still re-sent when the worker restarts', async () => {
    const { repository, client, restartWorker } = connectedClient();
    const plan = await client.call('create', { id: 'p' });
    await client.call('importBackup', { text: 'x'.repeat(LIMIT) }).catch(() => {});
    // The worker stops before this edit is answered; the page reconnects and must send it again.
    const edit = client.call('patch', { id: 'p', fieldId: 'coping', value: 'drawing', baseRev: plan.rev, clientId: 'A' });
    restartWorker();
    const outcome = await Promise.race([edit, new Promise((resolve) => setTimeout(() => resolve('never re-sent'), 1000))]);
    expect(outcome).toMatchObject({ status: 'saved' });
    expect((await repository.get('p'))?.data.coping).toBe('drawing');
  });
});
