import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteRequest, openPanelToNote } from '@/utils/note-request';
import { acceptNoteRequest, noteRequestFromHash, NOTE_REQUEST_TTL_MS } from '@/utils/note-request-accept';
import { RED_FLAG_IDS } from '@/utils/plans/observation-model';

const isFlag = (id: string) => RED_FLAG_IDS.includes(id);
const NOW = 1_800_000_000_000;

function fakeNoteBrowser(kind: 'chrome' | 'none') {
  return {
    runtime: { getURL: (path: string) => `chrome-extension://ext${path}` },
    tabs: { create: vi.fn(async () => ({})) },
    sidePanel: kind === 'chrome' ? { open: vi.fn(async () => {}) } : undefined,
  } as unknown as typeof browser & { tabs: { create: ReturnType<typeof vi.fn> }; sidePanel?: { open: ReturnType<typeof vi.fn> } };
}

beforeEach(() => fakeBrowser.reset());

describe('“Note this”: from the popup to the panel, the entry id only', () => {
  it('opens the side panel inside the gesture and hands over only the red flag’s id', async () => {
    const fake = fakeNoteBrowser('chrome');
    const done = openPanelToNote(fake, 7, 'red-flag-excess-cash', NOW);
    // Synchronously: Chrome refuses sidePanel.open() after an await.
    expect(fake.sidePanel?.open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    expect(await noteRequest.getValue()).toEqual({ entryId: 'red-flag-excess-cash', at: NOW });
  });

  it('opens the panel as a tab, with the id in its address, where there is no side panel', async () => {
    const fake = fakeNoteBrowser('none');
    await openPanelToNote(fake, 7, 'red-flag-excess-cash', NOW);
    expect(fake.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://ext/sidepanel.html#note=red-flag-excess-cash' });
    expect(noteRequestFromHash('#note=red-flag-excess-cash', NOW)).toEqual({ entryId: 'red-flag-excess-cash', at: NOW });
    expect(noteRequestFromHash('#plan=abc', NOW)).toBeNull();
  });

  it.each([
    ['a red flag asked for just now', { entryId: 'red-flag-injuries', at: NOW - 1000 }, true],
    ['one asked for too long ago', { entryId: 'red-flag-injuries', at: NOW - NOTE_REQUEST_TTL_MS - 1 }, false],
    ['an entry that is not a red flag', { entryId: 'hotline-988', at: NOW }, false],
    ['an unknown id', { entryId: 'red-flag-made-up', at: NOW }, false],
    ['plan data where the id goes', { entryId: { nickname: 'JD' }, at: NOW }, false],
    ['nothing', null, false],
  ])('the panel acts on %s: %s', (_what, value, accepted) => {
    expect(acceptNoteRequest(value, isFlag, NOW) !== null).toBe(accepted);
  });
});
