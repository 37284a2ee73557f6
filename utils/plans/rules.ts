import { t } from '@/utils/i18n';
import type { PlanMethod, PlanRequest } from './protocol';
import type { VaultState } from './repository';

/**
 * What a CASA program's browser policy requires of plans (utils/program, docs/ADMIN.md). The
 * single writer enforces them, so no page — and no page's bug — can get around them.
 */
export interface PlanRules {
  /** Plans must be protected: no plan is created without a lock, and the lock stays on. */
  requireLock: boolean;
  /** False: plans leave the device only as encrypted backups. */
  allowPlainExport: boolean;
  /** The longest idle time, in minutes, before plans lock. */
  maxAutoLockMinutes?: number;
}

export const NO_RULES: PlanRules = { requireLock: false, allowPlainExport: true };

/** Requests that add plans (or observations to one): with `requireLock`, allowed only once the lock is on. */
const ADDS_PLANS: ReadonlySet<PlanMethod> = new Set(['create', 'duplicate', 'importBackup', 'createObservation']);

/** Why the program's rules refuse `request`, or undefined when they allow it. */
export async function refusedByRules(
  request: PlanRequest,
  rules: PlanRules,
  vaultState: () => Promise<VaultState>,
): Promise<string | undefined> {
  if (rules.requireLock && ADDS_PLANS.has(request.method) && (await vaultState()) === 'none') return t('rules_lock_required');
  if (rules.requireLock && request.method === 'disableVault') return t('rules_lock_stays');
  if (!rules.allowPlainExport && request.method === 'exportAll') return t('rules_encrypted_only');
  return undefined;
}

/** The idle minutes that apply under a program's longest auto-lock ("only when the screen locks", 0, counts as longer). */
export function clampAutoLockMinutes(minutes: number, rules: PlanRules): number {
  const max = rules.maxAutoLockMinutes;
  if (max === undefined) return minutes;
  return minutes === 0 ? max : Math.min(minutes, max);
}
