/**
 * Where a program's settings come from: the browser's managed storage (enterprise policy) and
 * the resource packs a volunteer loads in Settings (storage.local: public resource data only,
 * never plan data). Changes apply while the extension runs.
 */
import { t } from '@/utils/i18n';
import type { browser as Browser } from 'wxt/browser';
import { storedItem } from '../stored-item';
import type { Program, StoredPack } from './program';
import { programState } from './state';
import { resolveProgram } from './resolve';
import { checkProgramSettings, type Skipped } from './validate';

export { programState };

/** The resource packs loaded in Settings, oldest first. */
export const resourcePacks = storedItem<StoredPack[]>('local:resourcePacks', []);

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

/**
 * Calls `onProgram` with the program now, and again whenever the policy or a pack changes.
 * `refresh` checks again on demand: the reasons for skipped parts are in the interface's
 * language, so a language change needs them said again.
 */
export function watchProgram(
  browser: typeof Browser,
  builtInIds: ReadonlySet<string>,
  onProgram: (program: Program) => void,
): { refresh: () => void; stop: () => void } {
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
  const stop = () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onChanged);
    unwatch();
  };
  return { refresh: () => void refresh(), stop };
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
  if (text.length > MAX_PACK_BYTES) throw new PackRefused(t('pack_too_big'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PackRefused(t('pack_not_json'));
  }
  if (data && typeof data === 'object' && 'plans' in data) throw new PackRefused(t('pack_is_backup'));
  const { settings, skipped } = checkProgramSettings(data, { via: 'pack', builtInIds, fallbackName: fileName });
  if (!settings.resources.length && !settings.hiddenIds.length) throw new PackRefused(nothingUsed(skipped));
  const pack: StoredPack = {
    id: `pack-${now.toString(36)}`,
    name: settings.programName ?? fileName.replace(/\.json$/i, ''),
    loadedAt: now,
    data,
  };
  await resourcePacks.setValue([...(await resourcePacks.getValue()), pack]);
  return { pack, skipped };
}

/** Why a pack was refused: each of its first problems, so a file is not fixed one error per try (helper-71). */
function nothingUsed(skipped: readonly Skipped[]): string {
  const [first] = skipped;
  if (!first) return t('pack_nothing_used');
  if (skipped.length === 1) return t('pack_nothing_used_why', first.where, first.why);
  const listed = skipped.slice(0, 3).map((s) => `${s.where}: ${s.why}`);
  const more = skipped.length > 3 ? ` ${t('program_skipped_more', skipped.length - 3)}` : '';
  return t('pack_nothing_used_several', listed.join('; ')) + more;
}

export async function removePack(id: string): Promise<void> {
  await resourcePacks.setValue((await resourcePacks.getValue()).filter((p) => p.id !== id));
}

/** Loads a pack and says what happened, in words for Settings. */
export async function loadPackAndSay(text: string, fileName: string, builtInIds: ReadonlySet<string>): Promise<string> {
  try {
    const { pack, skipped } = await loadPack(text, fileName, builtInIds);
    const parts = [t('pack_loaded', pack.name)];
    if (skipped.length) parts.push(skipped.length === 1 ? t('pack_skipped_one') : t('pack_skipped', skipped.length));
    if ((await programState.getValue()).from === 'policy') parts.push(t('pack_policy_wins'));
    return parts.join(' ');
  } catch (e) {
    return e instanceof PackRefused ? e.message : t('pack_failed');
  }
}
