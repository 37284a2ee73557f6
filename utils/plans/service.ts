import { classifyStorageError, describeStorageError, type StorageErrorCode } from './errors';
import type { Observation } from './observation-model';
import type { LockReason, PlanEvent, PlanMethod, PlanProtocol, PlanRequest, PlanResponse } from './protocol';
import type { PlanRepository, VaultState } from './repository';
import { isRequest } from './request-checks';
import type { PlanRules } from './rules';
import { createPlanMethods } from './service-methods';
import type { PortLike } from '../port';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

interface Task {
  request: PlanRequest;
  port: PortLike;
  /** Requests made redundant by this one (older keystrokes in the same field), answered with it. */
  followers: Task[];
  /** The repository's lock epoch when the request arrived: a lock sent later still wins. */
  epoch: number;
  /** Resolves once the request (or the later one it was collapsed into) has been answered. */
  answered: Promise<void>;
  markAnswered: () => void;
}

/** Quick writes of what was typed: a lock lets those sent before it finish first. */
const TYPED = new Set<PlanMethod>(['patch', 'patchObservation', 'createObservation']);
/** The longest a lock waits for them: behind slow work (a big import) it goes ahead anyway. */
const LOCK_WAITS_MS = 1000;

/** Queued keystrokes in one field of one record, by one window, collapse into the last (plans and observations alike). */
const patchKey = (r: PlanRequest) =>
  r.method === 'patch' || r.method === 'patchObservation'
    ? `${r.method}\u0000${r.args.id}\u0000${r.args.fieldId}\u0000${r.args.clientId}`
    : undefined;

export interface PlanService {
  /** Serves one page's port until it disconnects; `allowed`: the only methods it may call (default: all). */
  connect(port: PortLike, allowed?: ReadonlySet<PlanMethod>): void;
  /** Tells every open page about a storage problem (shown until it goes away). */
  warn(code: StorageErrorCode): void;
  /** Locks the vault now (idle, screen lock, last window closed) and tells every page why. */
  lockNow(why?: LockReason): void;
}

export interface ServiceOptions {
  now?: () => number;
  /** Resolved once the service may answer (e.g. the session key has been restored). */
  ready?: Promise<unknown>;
  /** The data key's bytes after an unlock (zeroed once this returns), or null after a lock: kept in session storage. */
  onKey?: (raw: Uint8Array<ArrayBuffer> | null) => void;
  /** PBKDF2 iterations for encrypted backups (tests lower it). */
  kdfIterations?: number;
  /** What the CASA program's policy requires of plans (utils/plans/rules.ts). */
  rules?: () => PlanRules;
  /**
   * Told when every plan was erased ("Forgot the passphrase?"), so the next person at the panel
   * learns of it (helper-70: an erase needs no passphrase, and left no sign).
   */
  onErased?: (at: number) => Promise<void> | void;
}

/**
 * The single writer of plan storage. Pages stream every edit to it over a port, so a write
 * does not die with the page that made it (closing a page aborts its own transactions).
 * Requests run one at a time, in order; queued keystrokes in one field collapse into the last.
 */
export function createPlanService(
  repository: PlanRepository,
  { now = Date.now, ready = Promise.resolve(), onKey = () => {}, kdfIterations, rules, onErased }: ServiceOptions = {},
): PlanService {
  const ports = new Set<PortLike>();
  const queue: Task[] = [];
  let running = false;
  /** The request being answered now, if any. */
  let current: Task | undefined;

  const broadcast = (event: PlanEvent, except?: PortLike) => {
    for (const port of ports) if (port !== except) safePost(port, event);
  };
  const methods = createPlanMethods({ repository, now, onKey, kdfIterations, broadcast, rules, onErased });

  function announce(task: Task, result: unknown): void {
    const { request, port } = task;
    if (request.method === 'patch') {
      const r = result as PlanProtocol['patch']['result'];
      if (r.status === 'saved') broadcast({ kind: 'changed', plan: r.plan, by: request.args.clientId }, port);
    } else if (request.method === 'restore') {
      broadcast({ kind: 'changed', plan: result as PlanProtocol['restore']['result'], by: request.args.clientId }, port);
    } else if (request.method === 'remove') {
      broadcast({ kind: 'removed', id: request.args.id }, port);
    } else if (request.method === 'patchObservation') {
      const r = result as PlanProtocol['patchObservation']['result'];
      if (r.status === 'saved') broadcast({ kind: 'observation-changed', observation: r.observation, by: request.args.clientId }, port);
    } else if (request.method === 'restoreObservation') {
      broadcast({ kind: 'observation-changed', observation: result as Observation, by: request.args.clientId }, port);
    } else if (request.method === 'createObservation') {
      // Other windows list it; no window has it open yet, so no writer needs naming.
      broadcast({ kind: 'observation-changed', observation: result as Observation, by: '' }, port);
    }
    if (['create', 'patch', 'duplicate', 'remove', 'restore', 'importBackup', 'eraseAll'].includes(request.method))
      broadcast({ kind: 'list-changed' }, port);
    const vaultStates: Partial<Record<PlanMethod, VaultState>> = {
      setUpVault: 'unlocked',
      unlock: 'unlocked',
      disableVault: 'none',
    };
    const state = vaultStates[request.method];
    // Every page follows the lock, the one that asked included (it may have more views open).
    if (state) broadcast({ kind: 'vault', state });
  }

  /** Runs one request and answers it, and every request it made redundant. */
  async function answer(task: Task): Promise<void> {
    let response: DistributiveOmit<PlanResponse, 'seq'>;
    try {
      const result = await methods.execute(task.request, task.epoch, task.port);
      response = { kind: 'response', ok: true, result };
      announce(task, result);
    } catch (error) {
      const e = classifyStorageError(error);
      response = { kind: 'response', ok: false, code: e.code, message: e.message, ...(e.retryAfterMs && { retryAfterMs: e.retryAfterMs }) };
      // The page that asked hears the wait in its answer; a lock screen open elsewhere hears it now.
      if (e.retryAfterMs) broadcast({ kind: 'unlock-wait', retryAfterMs: e.retryAfterMs }, task.port);
    }
    for (const t of [task, ...task.followers]) {
      safePost(t.port, { ...response, seq: t.request.seq });
      t.markAnswered();
    }
  }

  /**
   * Lock now and Hide: the last words typed before them were sent before them, and a lock
   * drops the key, so those writes go first (quick ones, within LOCK_WAITS_MS); anything else
   * queued, such as a slow import, does not hold the lock back.
   */
  async function lockAfterTyping(task: Task): Promise<void> {
    const typed = [current, ...queue].filter((t): t is Task => !!t && TYPED.has(t.request.method)).map((t) => t.answered);
    if (typed.length) await Promise.race([Promise.all(typed), new Promise((resolve) => setTimeout(resolve, LOCK_WAITS_MS))]);
    await answer(task);
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    await ready.catch(() => {});
    while (queue.length) {
      const task = queue.shift() as Task;
      const key = patchKey(task.request);
      const later = key ? queue.find((t) => patchKey(t.request) === key) : undefined;
      if (later) later.followers.push(task, ...task.followers);
      else {
        current = task;
        await answer(task);
        current = undefined;
      }
    }
    running = false;
  }

  return {
    warn(code) {
      broadcast({ kind: 'problem', code, message: describeStorageError(code) });
    },
    lockNow: methods.lockNow,
    connect(port, allowed) {
      ports.add(port);
      const onMessage = (message: unknown) => {
        if (!isRequest(message)) return;
        if (allowed && !allowed.has(message.method)) {
          safePost(port, { kind: 'response', seq: message.seq, ok: false, code: 'invalid', message: 'This page may only read plans.' });
          return;
        }
        let markAnswered = () => {};
        const answered = new Promise<void>((resolve) => (markAnswered = resolve));
        const task: Task = { request: message, port, followers: [], epoch: repository.lockEpoch(), answered, markAnswered };
        // A lock (Lock now, Hide) never waits behind slow work such as a big import or a slow
        // unlock: it runs now (once what was typed before it is written), and the repository's
        // lock epoch keeps that work from reopening.
        if (message.method === 'lock') void lockAfterTyping(task);
        else {
          queue.push(task);
          void drain();
        }
      };
      port.onMessage.addListener(onMessage);
      port.onDisconnect.addListener(() => {
        ports.delete(port);
        port.onMessage.removeListener(onMessage);
      });
    },
  };
}

/** Posting to a page that just closed throws; the write it asked for still happened. */
function safePost(port: PortLike, message: unknown): void {
  try {
    port.postMessage(message);
  } catch {
    // The page is gone; its next copy reads the committed state.
  }
}
