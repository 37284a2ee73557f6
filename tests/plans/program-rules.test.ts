import { describe, expect, it } from 'vitest';
import { clampAutoLockMinutes, NO_RULES, type PlanRules } from '@/utils/plans/rules';
import { freshRepository, servePlans } from './helpers';

const PASS = 'correct horse battery';

function setup(rules: PlanRules) {
  const { repository } = freshRepository({ kdfIterations: 1000 });
  const current = { rules };
  const { connect } = servePlans(repository, { kdfIterations: 1000, rules: () => current.rules });
  return { client: connect(), current };
}

describe('a CASA program’s rules, enforced by the single writer', () => {
  it('requireLock: no plan is created, duplicated or imported before a lock is set', async () => {
    const { client } = setup({ ...NO_RULES, requireLock: true });
    await expect(client.call('create', { id: 'plan-1' })).rejects.toThrow(/requires a passphrase lock/);
    await client.call('setUpVault', { passphrase: PASS });
    const plan = await client.call('create', { id: 'plan-2' });
    expect(plan.id).toBeTruthy();
  });

  it('requireLock: the lock cannot be turned off', async () => {
    const { client } = setup({ ...NO_RULES, requireLock: true });
    await client.call('setUpVault', { passphrase: PASS });
    await expect(client.call('disableVault', { passphrase: PASS })).rejects.toThrow(/cannot be turned off/);
    expect(await client.call('vaultStatus', {})).toBe('unlocked');
  });

  it('allowPlainExport false: only encrypted backups leave the device', async () => {
    const { client } = setup({ ...NO_RULES, allowPlainExport: false });
    await client.call('create', { id: 'plan-3' });
    await expect(client.call('exportAll', {})).rejects.toThrow(/only encrypted backups/);
    const { text } = await client.call('exportEncrypted', { passphrase: PASS });
    expect(JSON.parse(text).format).toMatch(/encrypted/);
  });

  it('requireLock: no observation is added to a plan made before the policy, until a lock is set', async () => {
    const { client, current } = setup(NO_RULES);
    await client.call('create', { id: 'plan-6' });
    current.rules = { ...NO_RULES, requireLock: true };
    const data = { observedOn: '2026-03-03' };
    await expect(client.call('createObservation', { planId: 'plan-6', id: 'o', data })).rejects.toThrow(/requires a passphrase lock/);
    await client.call('setUpVault', { passphrase: PASS });
    expect((await client.call('createObservation', { planId: 'plan-6', id: 'o', data })).id).toBe('o');
  });

  it('applies a policy that changes while the extension runs', async () => {
    const { client, current } = setup(NO_RULES);
    await client.call('create', { id: 'plan-4' });
    current.rules = { ...NO_RULES, requireLock: true };
    await expect(client.call('create', { id: 'plan-5' })).rejects.toThrow(/requires a passphrase lock/);
  });

  it.each([
    [15, undefined, 15],
    [60, 30, 30],
    [5, 30, 5],
    [0, 30, 30],
  ])('auto-lock of %s minutes under a longest of %s locks after %s', (chosen, max, expected) => {
    expect(clampAutoLockMinutes(chosen, { ...NO_RULES, ...(max !== undefined && { maxAutoLockMinutes: max }) })).toBe(expected);
  });
});
