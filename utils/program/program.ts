/**
 * A program as pages use it: already checked (by the background, utils/program/register.ts),
 * so a page only applies it. Kept apart from the checks so the popup never bundles them.
 */
import type { GuideEntry } from '@/content/schema';
import type { PlanRules } from '../plans/rules';
import type { ProgramSettings, Skipped } from './validate';

/** A resource pack as Settings keeps it: the file's JSON as loaded, checked again on every read. */
export interface StoredPack {
  id: string;
  /** The program name in the file, or the file's name. */
  name: string;
  loadedAt: number;
  data: unknown;
}

/** Everything the program sets, where it came from, and what was skipped. */
export interface Program {
  settings: ProgramSettings;
  /** 'policy' when the browser is managed, 'packs' when packs are loaded, else 'none'. */
  from: 'policy' | 'packs' | 'none';
  skipped: Skipped[];
}

export const NO_PROGRAM: Program = {
  settings: { resources: [], hiddenIds: [], requireLock: false, allowPlainExport: true },
  from: 'none',
  skipped: [],
};

/** The guide as this program shows it: hidden entries out, its own lines in. */
export function applyProgram(entries: readonly GuideEntry[], program: Program): GuideEntry[] {
  const hidden = new Set(program.settings.hiddenIds);
  return [...entries.filter((e) => !hidden.has(e.id)), ...program.settings.resources];
}

/** What the program's policy requires of safety plans (enforced by the plan service). */
export function planRulesOf(program: Program): PlanRules {
  const { requireLock, allowPlainExport, maxAutoLockMinutes } = program.settings;
  return { requireLock, allowPlainExport, ...(maxAutoLockMinutes !== undefined && { maxAutoLockMinutes }) };
}
