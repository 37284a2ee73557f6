import type { PortLike } from '../port';
import { t } from '@/utils/i18n';
import {
  backupTooLarge,
  createBackup,
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
} from './backup';
import { KDF_MIN_ITERATIONS } from './crypto';
import { PlanStorageError } from './errors';
import { IMPORT_WRITER } from './plan-import';
import type { LockReason, PlanEvent, PlanMethod, PlanProtocol, PlanRequest } from './protocol';
import type { PlanRepository } from './repository';
import { checkRequest } from './request-checks';
import { NO_RULES, refusedByRules, type PlanRules } from './rules';

interface MethodDeps {
  repository: PlanRepository;
  now: () => number;
  /** Receives the data key's bytes after an unlock (zeroed once it returns), or null after a lock. */
  onKey: (raw: Uint8Array<ArrayBuffer> | null) => void;
  /** PBKDF2 iterations for encrypted backups (tests lower it). */
  kdfIterations?: number;
  /** Tells every open page, but `except` (the page that asked, which hears it in its answer). */
  broadcast: (event: PlanEvent, except?: PortLike) => void;
  /** What the CASA program's policy requires (read at each request: it may change). */
  rules?: () => PlanRules;
  /** Told when (ms) every plan was erased, once the erase has committed: kept outside the plans. */
  onErased?: (at: number) => Promise<void> | void;
}

/** What each plan request does, once the service's queue lets it run. */
export interface PlanMethods {
  /**
   * Runs a request whose arguments are checked here first; `epoch`: the lock epoch when it
   * arrived; `from`: the page that sent it.
   */
  execute(request: PlanRequest, epoch: number, from?: PortLike): Promise<PlanProtocol[PlanMethod]['result']>;
  /** Locks now (idle, screen lock, last window closed), forgets the session key, tells every page why. */
  lockNow(why?: LockReason): void;
}

export function createPlanMethods({
  repository,
  now,
  onKey,
  kdfIterations,
  broadcast,
  rules = () => NO_RULES,
  onErased = () => {},
}: MethodDeps): PlanMethods {
  const minKdfIterations = Math.min(KDF_MIN_ITERATIONS, kdfIterations ?? KDF_MIN_ITERATIONS);

  /** Hands the key's bytes to session storage, then zeroes this copy of them. */
  function keep(raw: Uint8Array<ArrayBuffer>) {
    onKey(raw);
    raw.fill(0);
  }

  /** A backup of every plan that opens and their observations, with how many records were left out. */
  async function backupNow() {
    const { plans, damaged } = await repository.readAll();
    const observations = await repository.allObservations();
    return {
      backup: createBackup(plans, now(), observations.observations),
      damaged: { damaged: damaged.length, damagedObservations: observations.damaged },
    };
  }

  async function execute(request: PlanRequest, epoch: number, from?: PortLike): Promise<PlanProtocol[PlanMethod]['result']> {
    const problem = checkRequest(request) ?? (await refusedByRules(request, rules(), () => repository.vaultState()));
    if (problem) throw new PlanStorageError('invalid', problem);
    switch (request.method) {
      case 'list':
        return repository.list();
      case 'get':
        return (await repository.get(request.args.id)) ?? null;
      case 'create':
        return repository.create(request.args.id);
      case 'patch': {
        const { id, fieldId, value, baseRev, clientId } = request.args;
        return repository.patch(id, fieldId, value, baseRev, clientId);
      }
      case 'duplicate':
        return repository.duplicate(request.args.id, request.args.nickname);
      case 'remove':
        await repository.remove(request.args.id);
        return null;
      case 'revisions':
        return repository.revisions(request.args.id);
      case 'restore':
        return repository.restore(request.args.id, request.args.key, request.args.clientId);
      case 'exportAll': {
        // Every plan in plain text, in one file: while the lock is on, only with its passphrase.
        await repository.confirmPassphrase(request.args.passphrase);
        const { backup, damaged } = await backupNow();
        return { backup, ...damaged };
      }
      case 'exportEncrypted': {
        const { backup, damaged } = await backupNow();
        return { text: await encryptBackup(serializeBackup(backup), request.args.passphrase, kdfIterations), ...damaged };
      }
      case 'observations':
        return repository.observations(request.args.planId);
      case 'createObservation':
        return repository.createObservation(request.args.planId, request.args.id, request.args.data);
      case 'patchObservation': {
        const { id, fieldId, value, baseRev, clientId } = request.args;
        return repository.patchObservation(id, fieldId, value, baseRev, clientId);
      }
      case 'removeObservation': {
        const planId = await repository.removeObservation(request.args.id);
        // Not to the page that deleted it: it knows, and would read the notice as news from elsewhere.
        if (planId) broadcast({ kind: 'observation-removed', id: request.args.id, planId }, from);
        return null;
      }
      case 'observationRevisions':
        return repository.observationRevisions(request.args.id);
      case 'restoreObservation':
        return repository.restoreObservation(request.args.id, request.args.key, request.args.clientId);
      case 'importBackup': {
        let text = request.args.text;
        // Before any JSON.parse (isEncryptedBackup parses too): a huge file is refused at once.
        if (text.length > MAX_BACKUP_BYTES) throw new PlanStorageError('invalid', backupTooLarge());
        if (isEncryptedBackup(text)) {
          const opened = await decryptBackup(text, request.args.passphrase, minKdfIterations);
          if (!opened.ok) throw new PlanStorageError(opened.wrongPassphrase ? 'wrong-passphrase' : 'invalid', opened.error);
          text = opened.text;
        }
        const parsed = parseBackup(text);
        if (!parsed.ok) throw new PlanStorageError('invalid', parsed.error);
        // Every open editor of a replaced plan shows the imported text (by "import": never theirs).
        return repository.importPlans(
          parsed.plans,
          (plan) => broadcast({ kind: 'changed', plan, by: IMPORT_WRITER }),
          parsed.observations,
          (observation) => broadcast({ kind: 'observation-changed', observation, by: IMPORT_WRITER }),
        );
      }
      case 'vaultStatus':
        return repository.vaultState();
      case 'unlockWait':
        return repository.unlockWait();
      case 'setUpVault':
        keep(await repository.setUpVault(request.args.passphrase));
        return null;
      case 'unlock':
        if (repository.lockEpoch() !== epoch) throw new PlanStorageError('locked', t('vault_locked_meanwhile'));
        keep(await repository.unlock(request.args.passphrase));
        return null;
      case 'lock':
        repository.lock();
        onKey(null);
        broadcast({ kind: 'hidden' });
        broadcastVaultState();
        return null;
      case 'changePassphrase': {
        const { current, next, newKey } = request.args;
        const raw = await repository.changePassphrase(current, next, { newKey });
        if (raw) keep(raw);
        return null;
      }
      case 'eraseAll':
        await repository.eraseAll();
        onKey(null);
        await onErased(now());
        broadcastVaultState();
        return null;
      case 'disableVault': {
        const damaged = await repository.disableVault(request.args.passphrase);
        onKey(null);
        return { damaged };
      }
    }
  }

  /**
   * Tells every page whether plans are now locked — or that there is no lock at all, so a
   * window without one never shows a lock screen it cannot open.
   */
  function broadcastVaultState(why?: LockReason): void {
    void repository.vaultState().then(
      (state) => broadcast(state === 'locked' && why ? { kind: 'vault', state, why } : { kind: 'vault', state }),
      () => broadcast({ kind: 'vault', state: 'locked' }),
    );
  }

  return {
    execute,
    lockNow(why) {
      repository.lock();
      onKey(null);
      broadcastVaultState(why);
    },
  };
}
