import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgramSettings } from '@/components/ProgramSettings';
import { guide } from '@/content';
import { NO_PROGRAM } from '@/utils/program/program';
import { resolveProgram } from '@/utils/program/resolve';

const builtInIds = new Set(guide.map((e) => e.id));
afterEach(cleanup);

describe('Settings ▸ Your program', () => {
  it('says where the program comes from, lists its lines and what was skipped, in plain words', () => {
    const program = resolveProgram(
      {
        programName: 'CASA of Example County',
        localResources: [
          { id: 'a', title: 'Supervisors’ line', body: 'Weekdays.', phones: [{ number: '323-555-0100' }] },
          { id: 'b', title: '<b>bold</b>', body: 'x', phones: [{ number: '211' }] },
        ],
        requireLock: true,
      },
      [],
      builtInIds,
    );
    render(<ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} />);
    expect(screen.getByText(/Set by your browser’s policy: CASA of Example County/)).toBeTruthy();
    expect(screen.getByText('Supervisors’ line')).toBeTruthy();
    expect(screen.getByText('Plans must be protected with a passphrase.')).toBeTruthy();
    expect(screen.getByText('1 part was not used. The rest applies.')).toBeTruthy();
    expect(screen.getByText(/Local resource “b”: title contains HTML/)).toBeTruthy();
    // Shown as text, never as markup.
    expect(document.querySelector('b')).toBeNull();
  });

  it.each([
    [1, 'Plans lock after at most 1 minute idle.'],
    [20, 'Plans lock after at most 20 minutes idle.'],
    [1440, 'Plans lock after at most 24 hours idle.'],
  ])('says the longest auto-lock of %s minutes in words a volunteer reads at once (helper-71 #13)', (max, said) => {
    const program = resolveProgram({ maxAutoLockMinutes: max }, [], builtInIds);
    render(<ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} />);
    expect(screen.getByText(said)).toBeTruthy();
  });

  it('loads a pack file, says what happened, and removes a pack', async () => {
    const onLoadPack = vi.fn(async () => 'Loaded “Example pack”.');
    const onRemovePack = vi.fn();
    const pack = { id: 'pack-1', name: 'Example pack', loadedAt: Date.UTC(2026, 10, 30), data: {} };
    render(<ProgramSettings program={NO_PROGRAM} packs={[pack]} onLoadPack={onLoadPack} onRemovePack={onRemovePack} />);
    const user = userEvent.setup();
    const file = new File(['{"localResources": []}'], 'example.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Load a resource pack…'), file);
    expect(onLoadPack).toHaveBeenCalledWith('{"localResources": []}', 'example.json');
    expect(await screen.findByText('Loaded “Example pack”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove Example pack' }));
    expect(onRemovePack).toHaveBeenCalledWith('pack-1');
  });

  it('after Remove, says the pack was removed: “Loaded … (listed above)” does not stay behind (helper-71)', async () => {
    const pack = { id: 'pack-1', name: 'Example pack', loadedAt: Date.UTC(2026, 10, 30), data: {} };
    render(
      <ProgramSettings
        program={NO_PROGRAM}
        packs={[pack]}
        onLoadPack={async () => 'Loaded “Example pack”. 4 parts were skipped (listed above).'}
        onRemovePack={() => {}}
      />,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Load a resource pack…'), new File(['{}'], 'example.json', { type: 'application/json' }));
    await screen.findByText(/^Loaded “Example pack”/);
    await user.click(screen.getByRole('button', { name: 'Remove Example pack' }));
    expect(screen.getByRole('status').textContent).toBe('Removed “Example pack”.');
  });
});

describe('Settings ▸ Your program: the hidden entries, named', () => {
  it('names each entry the program hides, by its title once the guide is there, else by its id', async () => {
    const program = resolveProgram({ hideEntries: ['hotline-rainn', 'hotline-childhelp'] }, [], builtInIds);
    const titles = new Map(guide.map((e) => [e.id, e.title]));
    const { unmount } = render(
      <ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} titleOf={(id) => titles.get(id)} />,
    );
    await userEvent.setup().click(screen.getByText('Your program hides 2 entries of the guide.'));
    expect(screen.getByText(titles.get('hotline-rainn')!)).toBeTruthy();
    expect(screen.getByText(titles.get('hotline-childhelp')!)).toBeTruthy();
    unmount();
    render(<ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} />);
    expect(screen.getByText('hotline-rainn')).toBeTruthy();
  });
});
