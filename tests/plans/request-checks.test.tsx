import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PlansScreen } from '@/components/plans/PlansScreen';
import type { PlanMethod, PlanProtocol } from '@/utils/plans/protocol';
import { freshRepository, servePlans } from './helpers';

function setup() {
  const { repository } = freshRepository({ kdfIterations: 1000 });
  return { repository, client: servePlans(repository, { kdfIterations: 1000 }).connect('panel') };
}

afterEach(cleanup);

/** Requests only a page that skips the UI (or a bug in it) would send; the service refuses each. */
const REFUSED: Array<[string, PlanMethod, Record<string, unknown>]> = [
  ['a duplicate named over 200 characters', 'duplicate', { id: 'p', nickname: 'x'.repeat(201) }],
  ['a duplicate named by an object', 'duplicate', { id: 'p', nickname: { toString: 'JD' } }],
  ['a 100,000-character id', 'create', { id: 'x'.repeat(100_000) }],
  ['an array id', 'create', { id: ['an', 'array'] }],
  ['an empty id', 'create', { id: '' }],
  ['a number id', 'get', { id: 42 }],
  ['a null id', 'remove', { id: null }],
  ['an object id', 'revisions', { id: {} }],
  ['a revision key that is text', 'restore', { id: 'p', key: 'latest', clientId: 'panel' }],
  ['a negative base revision', 'patch', { id: 'p', fieldId: 'coping', value: 'x', baseRev: -1, clientId: 'panel' }],
  ['a writer id that is an object', 'patch', { id: 'p', fieldId: 'coping', value: 'x', baseRev: 1, clientId: { by: 'me' } }],
  ['observations of a plan id that is an object', 'observations', { planId: { id: 'p' } }],
  ['an observation for a 100,000-character plan id', 'createObservation', { planId: 'x'.repeat(100_000), id: 'o', data: {} }],
  ['an observation with an array id', 'createObservation', { planId: 'p', id: ['o'], data: {} }],
  ['an observation whose contents are text', 'createObservation', { planId: 'p', id: 'o', data: '<img src=x onerror=alert(1)>' }],
  ['an observation with an unknown field', 'createObservation', { planId: 'p', id: 'o', data: { __proto__: 'x', hack: 'x' } }],
  ['an observation with an unknown red flag', 'createObservation', { planId: 'p', id: 'o', data: { flags: { 'red-flag-made-up': true } } }],
  ['an observation dated “yesterday”', 'createObservation', { planId: 'p', id: 'o', data: { observedOn: 'yesterday' } }],
  [
    'an observation write to an unknown field',
    'patchObservation',
    { id: 'o', fieldId: 'nickname', value: 'x', baseRev: 1, clientId: 'panel' },
  ],
  [
    'an observation write of 20,001 characters',
    'patchObservation',
    { id: 'o', fieldId: 'seen', value: 'x'.repeat(20_001), baseRev: 1, clientId: 'panel' },
  ],
  [
    'an observation write of a told-row date that is not a date',
    'patchObservation',
    { id: 'o', fieldId: 'told', value: [{ id: 'r', on: 'soon' }], baseRev: 1, clientId: 'panel' },
  ],
  [
    'an observation write with a text base revision',
    'patchObservation',
    { id: 'o', fieldId: 'seen', value: 'x', baseRev: '1', clientId: 'panel' },
  ],
  ['an observation deleted by a number id', 'removeObservation', { id: 7 }],
  ['an earlier observation version whose key is text', 'restoreObservation', { id: 'o', key: 'latest', clientId: 'panel' }],
  ['observation versions of a null id', 'observationRevisions', { id: null }],
  ['a 5-character passphrase for the lock', 'setUpVault', { passphrase: 'short' }],
  ['a 5-character passphrase for an encrypted backup', 'exportEncrypted', { passphrase: 'short' }],
];

describe('finding 8: the service checks every argument itself', () => {
  it.each(REFUSED)('finding 8: refuses %s (%s) and changes nothing', async (_what, method, args) => {
    const { repository, client } = setup();
    await client.call('create', { id: 'p' });
    await client.call('createObservation', { planId: 'p', id: 'o', data: { observedOn: '2026-03-03' } });
    const stored = async () => JSON.stringify([await repository.all(), await repository.allObservations()]);
    const before = await stored();
    await expect(client.call(method, args as PlanProtocol[typeof method]['args'])).rejects.toMatchObject({ code: 'invalid' });
    expect(await stored()).toBe(before);
    expect(await repository.vaultState()).toBe('none');
  });

  it('finding 8: export then import is the identity for what the UI makes — even a duplicate of a 200-character nickname', async () => {
    const { repository, client } = setup();
    const files: string[] = [];
    const user = userEvent.setup();
    render(
      <PlansScreen
        client={client}
        entry={() => undefined}
        copyText={async () => {}}
        download={(_n, t) => files.push(t)}
        openPrint={() => {}}
      />,
    );
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    fireEvent.input(await screen.findByLabelText('Youth’s nickname or initials'), { target: { value: 'N'.repeat(200) } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    await user.click(await screen.findByRole('button', { name: 'Duplicate' }));
    await waitFor(async () => expect(await repository.list()).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Backups' }));
    await user.click(screen.getByRole('button', { name: 'Export without encryption…' }));
    await user.click(screen.getByRole('button', { name: 'Export as plain text' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const exported = await repository.all();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File([files[0]!], 'backup.json', { type: 'application/json' }));
    // The same file again: nothing newer, nothing older, only what is already here.
    expect(
      await screen.findByText(/^Imported: 0 new, 0 updated, 0 kept because the copy here was newer\. 2 already here, unchanged\.$/),
    ).toBeTruthy();
    expect(await repository.all()).toEqual(exported);
    expect((await repository.list()).map((p) => p.nickname.length).sort()).toEqual([200, 200]);
  });
});
