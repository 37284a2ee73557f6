import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItem } from '@/utils/stored-item';

beforeEach(() => fakeBrowser.reset());

describe('storedItem: a small value in extension storage', () => {
  it('reads the fallback until a value is saved, and again once it is cleared with null', async () => {
    const pins = storedItem<string[] | null>('local:pinnedEntryIds', []);
    expect(await pins.getValue()).toEqual([]);
    await pins.setValue(['hotline-988']);
    expect(await pins.getValue()).toEqual(['hotline-988']);
    await pins.setValue(null);
    expect(await pins.getValue()).toEqual([]);
    expect(await fakeBrowser.storage.local.get('pinnedEntryIds')).toEqual({});
  });

  it('reads what earlier builds saved under the same key (no new key, no wrapper)', async () => {
    await fakeBrowser.storage.local.set({ autoLockMinutes: 30, autoLockMinutes$: { v: 1 } });
    expect(await storedItem('local:autoLockMinutes', 15).getValue()).toBe(30);
  });

  it('keeps session and local values apart', async () => {
    await fakeBrowser.storage.session.set({ noteRequest: { entryId: 'x', at: 1 } });
    expect(await storedItem('local:noteRequest', null).getValue()).toBeNull();
    expect(await storedItem('session:noteRequest', null).getValue()).toEqual({ entryId: 'x', at: 1 });
  });

  it('tells watchers about a real change of its own key and area only, until unwatched', async () => {
    const language = storedItem<'auto' | 'en' | 'es'>('local:uiLanguage', 'auto');
    const seen = vi.fn();
    const unwatch = language.watch(seen);
    await language.setValue('es');
    await language.setValue('es'); // the same value again: nothing to re-run
    await fakeBrowser.storage.session.set({ uiLanguage: 'en' });
    await fakeBrowser.storage.local.set({ other: 1 });
    await language.setValue(null as never);
    expect(seen.mock.calls).toEqual([['es'], ['auto']]);
    unwatch();
    await language.setValue('en');
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
