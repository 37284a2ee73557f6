/**
 * Where a program's settings come from: the browser's managed storage (enterprise policy) and
 * the resource packs a volunteer loads in Settings (storage.local: public resource data only,
 * never plan data). Changes apply while the extension runs.
 */
import type { browser as Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Program, StoredPack } from './program';
import { programState } from './state';
import { resolveProgram } from './resolve';
import { checkProgramSettings, type Skipped } from './validate';

export { programState };

/** The resource packs loaded in Settings, oldest first. */
export const resourcePacks = storage.defineItem<StoredPack[]>('local:resourcePacks', { fallback: [], version: 1 });

/** A pack file larger than this is not a list of phone lines. */
export const MAX_PACK_BYTES = 1024 * 1024;

/** The managed policy's settings, or undefined where the browser has none (Firefox then throws). */
export async function readManagedSettings(browser: typeof Browser): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

/** Calls `onProgram` with the program now, and again whenever the policy or a pack changes. */
export function watchProgram(browser: typeof Browser, builtInIds: ReadonlySet<string>, onProgram: (program: Program) => void): () => void {
  let stopped = false;
  const refresh = async () => {
    const [managed, packs] = await Promise.all([readManagedSettings(browser), resourcePacks.getValue()]);
    if (!stopped) onProgram(resolveProgram(managed, packs, builtInIds));
  };
  void refresh();
  // storage.onChanged reports the managed area too, in Chrome and Firefox alike.
  const onChanged = (_changes: unknown, area: string) => area === 'managed' && void refresh();
  browser.storage.onChanged.addListener(onChanged);
  const unwatch = resourcePacks.watch(() => void refresh());
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onChanged);
    unwatch();
  };
}

export class PackRefused extends Error {}

/**
 * Checks a pack file and keeps it. Refuses what is not a pack at all (not JSON, too big, a
 * safety-plan backup, nothing usable); a pack with some bad lines is kept, and what was
 * skipped is returned to be listed.
 */
export async function loadPack(
  text: string,
  fileName: string,
  builtInIds: ReadonlySet<string>,
  now = Date.now(),
): Promise<{ pack: StoredPack; skipped: Skipped[] }> {
  if (text.length > MAX_PACK_BYTES) throw new PackRefused('This file is too big to be a resource pack (over 1 MB). Nothing was loaded.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackRefused('This file is not a resource pack: it is not valid JSON. Nothing was loaded.');
  }
  if (data && typeof data === 'object' && 'plans' in data)
    throw new PackRefused('This is a safety-plan backup, not a resource pack. Restore it under Backups. Nothing was loaded.');
  const { settings, skipped } = checkProgramSettings(data, { via: 'pack', builtInIds, fallbackName: fileName });
  if (!settings.resources.length && !settings.hiddenIds.length)
    throw new PackRefused(
      `Nothing in this file could be used${skipped[0] ? ` (${skipped[0].where}: ${skipped[0].why})` : ''}. Nothing was loaded.`,
    );
  const pack: StoredPack = {
    id: `pack-${now.toString(36)}`,
    name: settings.programName ?? fileName.replace(/\.json$/i, ''),
    loadedAt: now,
    data,
  };
  await resourcePacks.setValue([...(await resourcePacks.getValue()), pack]);
  return { pack, skipped };
}

export async function removePack(id: string): Promise<void> {
  await resourcePacks.setValue((await resourcePacks.getValue()).filter((p) => p.id !== id));
}

/** Loads a pack and says what happened, in words for Settings. */
export async function loadPackAndSay(text: string, fileName: string, builtInIds: ReadonlySet<string>): Promise<string> {
  try {
    const { pack, skipped } = await loadPack(text, fileName, builtInIds);
    const lines =
      (await programState.getValue()).from === 'policy' ? ' Your browser’s policy wins over packs, so it is not used for now.' : '';
    return `Loaded “${pack.name}”.${skipped.length ? ` ${skipped.length} ${skipped.length === 1 ? 'part was' : 'parts were'} skipped (listed above).` : ''}${lines}`;
  } catch (e) {
    return e instanceof PackRefused ? e.message : 'The pack could not be loaded. Nothing was changed.';
  }
}
