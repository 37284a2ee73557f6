import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { isEncryptedBackup } from '@/utils/plans/backup';
import { freshRepository, servePlans } from './helpers';
import { renderPlansScreen } from './render-plans';

const PASSPHRASE = 'correct horse battery';

/** A plan with a canary in it, the lock on or not, and the plan list on screen. */
async function listWithPlan({ lock = false, allowPlainExport = true } = {}) {
  const { repository } = freshRepository({ kdfIterations: 1000 });
  const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
  const plan = await client.call('create', { id: 'p' });
  await client.call('patch', { id: 'p', fieldId: 'codeWord', value: 'CANARY-8840', baseRev: plan.rev, clientId: 'panel' });
  if (lock) await client.call('setUpVault', { passphrase: PASSPHRASE });
  const download = vi.fn();
  render(
    <PlansScreen
      client={client}
      entry={() => undefined}
      copyText={async () => {}}
      download={download}
      openPrint={() => {}}
      lockOn={lock}
      allowPlainExport={allowPlainExport}
    />,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Backups' }));
  return { user, download };
}

/** The list with a plan, its encrypted backup exported (passphrase "a backup passphrase") and chosen again to import. */
async function encryptedBackupChosen() {
  const { user, download } = await listWithPlan();
  await user.type(screen.getByLabelText('Backup passphrase'), 'a backup passphrase');
  await user.type(screen.getAllByLabelText('Type it again')[0]!, 'a backup passphrase');
  await user.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  const file = new File([download.mock.calls[0]![1] as string], 'backup.encrypted.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Import a backup…'), file);
  return { user };
}

afterEach(cleanup);

describe('item 8: backups are encrypted by default', () => {
  it('item 8: the main backup asks for a backup passphrase, and the file holds no plan text', async () => {
    const { user, download } = await listWithPlan();
    expect(screen.queryByRole('button', { name: 'Export all plans' })).toBeNull();
    await user.type(screen.getByLabelText('Backup passphrase'), 'a backup passphrase');
    await user.type(screen.getAllByLabelText('Type it again')[0]!, 'a backup passphrase');
    await user.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text] = download.mock.calls[0]!;
    expect(name).toMatch(/\.encrypted\.json$/);
    expect(isEncryptedBackup(text)).toBe(true);
    expect(text).not.toContain('CANARY-8840');
  });

  it('a mistyped passphrase on an encrypted backup keeps its passphrase box open, to try again without choosing the file again', async () => {
    const { user } = await encryptedBackupChosen();
    const box = await screen.findByRole('form', { name: 'Open encrypted backup' });
    await user.type(screen.getByLabelText('This backup is encrypted. Its passphrase:'), 'not it');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/passphrase/);
    expect(box.isConnected).toBe(true);
    expect((screen.getByLabelText('This backup is encrypted. Its passphrase:') as HTMLInputElement).value).toBe('');
    await user.type(screen.getByLabelText('This backup is encrypted. Its passphrase:'), 'a backup passphrase');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Open encrypted backup' })).toBeNull());
    expect(await screen.findByText(/^Imported:/)).toBeTruthy();
  });

  it('after an encrypted backup is imported, the focus is back on “Import a backup…”, beside what it says (helper-74)', async () => {
    const { user } = await encryptedBackupChosen();
    await user.type(await screen.findByLabelText('This backup is encrypted. Its passphrase:'), 'a backup passphrase{Enter}');
    expect(await screen.findByText(/^Imported:/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Import a backup…')));
  });

  it('a file marked encrypted that holds no sealed data is refused at once, before a passphrase is asked for (helper-44 #10)', async () => {
    const { user } = await listWithPlan();
    const fake = JSON.stringify({ format: 'csec-safety-plans-encrypted', version: 1, plans: [] });
    await user.upload(screen.getByLabelText('Import a backup…'), new File([fake], 'backup.encrypted.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This encrypted backup is damaged or from a newer version. Nothing was imported.',
    );
    expect(screen.queryByRole('form', { name: 'Open encrypted backup' })).toBeNull();
  });

  it('what an earlier try said goes when the next one starts: a refused file’s error, and the export’s “saved”', async () => {
    const { user, download } = await listWithPlan();
    await user.type(screen.getByLabelText('Backup passphrase'), 'a backup passphrase');
    await user.type(screen.getAllByLabelText('Type it again')[0]!, 'a backup passphrase');
    await user.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(await screen.findByText(/^Encrypted backup saved/)).toBeTruthy();
    await user.upload(screen.getByLabelText('Import a backup…'), new File(['{not json'], 'broken.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON/);
    expect(screen.queryByText(/^Encrypted backup saved/)).toBeNull();
    const file = new File([download.mock.calls[0]![1] as string], 'backup.encrypted.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import a backup…'), file);
    await screen.findByRole('form', { name: 'Open encrypted backup' });
    expect(screen.queryByText(/not valid JSON/)).toBeNull();
  });

  it('item 8: a plain export is a secondary action, behind a warning, and needs the lock’s passphrase while the lock is on', async () => {
    const { user, download } = await listWithPlan({ lock: true });
    await user.click(screen.getByRole('button', { name: 'Export without encryption…' }));
    const form = screen.getByRole('form', { name: 'Export without encryption' });
    expect(form.textContent).toMatch(/every plan as plain text: anyone who opens it can read it/);
    const exportButton = screen.getByRole('button', { name: 'Export as plain text' }) as HTMLButtonElement;
    expect(exportButton.disabled).toBe(true);
    await user.type(screen.getByLabelText('Passphrase of the lock'), 'not the passphrase');
    await user.click(exportButton);
    expect((await screen.findByRole('alert')).textContent).toMatch(/passphrase is not right/);
    expect(download).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Passphrase of the lock'));
    await user.type(screen.getByLabelText('Passphrase of the lock'), PASSPHRASE);
    await user.click(exportButton);
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(download.mock.calls[0]![1]).toContain('CANARY-8840');
    expect(await screen.findByText('Exported 1 plan.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Export without encryption' })).toBeNull();
  });

  it('item 8: when the CASA program does not allow it, plain export is not offered at all', async () => {
    await listWithPlan({ allowPlainExport: false });
    expect(screen.getByRole('button', { name: 'Export encrypted backup' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /without encryption|plain text/ })).toBeNull();
  });

  it('says why plain export is missing, there in Backups — also when the rule comes while its form is open (helper-71)', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
    await client.call('create', { id: 'p' });
    const { rerender } = renderPlansScreen(client, { allowPlainExport: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Backups' }));
    expect(screen.queryByText(/allows only encrypted backups/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Export without encryption…' }));
    rerender({ allowPlainExport: false });
    expect(screen.queryByRole('form', { name: 'Export without encryption' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'Your CASA program allows only encrypted backups, so export without encryption is not offered.',
    );
  });
});
