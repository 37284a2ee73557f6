import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportBackup } from '@/components/plans/ImportBackup';
import { parseBackup } from '@/utils/plans/backup';

afterEach(cleanup);

/**
 * helper-68: an image chosen by mistake was called "damaged or incomplete: not valid JSON", and
 * a 50 MiB binary file was sent on to plan storage and refused there in internal words ("too
 * large to send to plan storage"). A file that is not a backup is called what it is, at once.
 */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('choosing a file that is not a backup', () => {
  it.each([
    ['an image', new File([PNG], 'photo.png', { type: 'image/png' })],
    ['a PDF', new File(['%PDF-1.7\n%âãÏÓ\n1 0 obj'], 'report.pdf', { type: 'application/pdf' })],
    ['a text file renamed .json', new File(['Notes from the visit'], 'notes.json', { type: 'application/json' })],
  ])('%s: “not a safety-plan backup”, and nothing is sent to plan storage', async (_, file) => {
    const onImport = vi.fn();
    const onRefused = vi.fn();
    render(<ImportBackup onImport={onImport} onRefused={onRefused} onStart={() => {}} />);
    // The file chooser's filter can be set to “All files”: the browser hands over whatever is chosen.
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Import a backup…'), file);
    await vi.waitFor(() => expect(onRefused).toHaveBeenCalledWith(expect.stringMatching(/^This is not a safety-plan backup/)));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('plan storage says the same for such text, while cut-off JSON is still called damaged', () => {
    expect(parseBackup('\uFFFDPNG\r\n\u001A\n')).toMatchObject({ ok: false, error: expect.stringMatching(/not a safety-plan backup/) });
    expect(parseBackup('  {"format":"csec-safety-plans","ver')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
  });
});
