import { createBackup, parseBackup } from './backup';
import { classifyStorageError, describeStorageError, PlanStorageError, type StorageErrorCode } from './errors';
import { PLAN_FIELDS } from './form';
import { checkFieldValue } from './model';
import type { PlanEvent, PlanMethod, PlanProtocol, PlanRequest, PlanResponse } from './protocol';
import type { PlanRepository } from './repository';
import type { PortLike } from '../port';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

interface Task {
  request: PlanRequest;
  port: PortLike;
  /** Requests made redundant by this one (older keystrokes in the same field), answered with it. */
  followers: Task[];
}

const METHODS: ReadonlySet<string> = new Set<PlanMethod>([
  'list',
  'get',
  'create',
  'patch',
  'duplicate',
  'remove',
  'revisions',
  'restore',
  'exportAll',
  'importBackup',
]);

function isRequest(message: unknown): message is PlanRequest {
  const m = message as Partial<PlanRequest> | null;
  return (
    !!m &&
    m.kind === 'request' &&
    typeof m.seq === 'number' &&
    typeof m.method === 'string' &&
    METHODS.has(m.method) &&
    typeof m.args === 'object' &&
    m.args !== null
  );
}

const patchKey = (r: PlanRequest) => (r.method === 'patch' ? `${r.args.id}\u0000${r.args.fieldId}\u0000${r.args.clientId}` : undefined);

export interface PlanService {
  /** Serves one page's port until it disconnects. */
  connect(port: PortLike): void;
  /** Tells every open page about a storage problem (shown until it goes away). */
  warn(code: StorageErrorCode): void;
}

/**
 * The single writer of plan storage. Pages stream every edit to it over a port, so a write
 * does not die with the page that made it (closing a page aborts its own transactions).
 * Requests run one at a time, in order; queued keystrokes in one field collapse into the last.
 */
export function createPlanService(repository: PlanRepository, now: () => number = Date.now): PlanService {
  const ports = new Set<PortLike>();
  const queue: Task[] = [];
  let running = false;

  const broadcast = (event: PlanEvent, except?: PortLike) => {
    for (const port of ports) if (port !== except) safePost(port, event);
  };

  async function execute(request: PlanRequest): Promise<PlanProtocol[PlanMethod]['result']> {
    switch (request.method) {
      case 'list':
        return repository.list();
      case 'get':
        return (await repository.get(request.args.id)) ?? null;
      case 'create':
        return repository.create(request.args.id);
      case 'patch': {
        const { id, fieldId, value, baseRev, clientId } = request.args;
        const field = PLAN_FIELDS.get(fieldId);
        const problem = field ? checkFieldValue(field, value) : 'Unknown field.';
        if (problem) throw new PlanStorageError('invalid', problem);
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
      case 'exportAll':
        return createBackup(await repository.all(), now());
      case 'importBackup': {
        const parsed = parseBackup(request.args.text);
        if (!parsed.ok) throw new PlanStorageError('invalid', parsed.error);
        return repository.importPlans(parsed.plans);
      }
    }
  }

  function announce(task: Task, result: unknown): void {
    const { request, port } = task;
    if (request.method === 'patch') {
      const r = result as PlanProtocol['patch']['result'];
      if (r.status === 'saved') broadcast({ kind: 'changed', plan: r.plan, by: request.args.clientId }, port);
    } else if (request.method === 'restore') {
      broadcast({ kind: 'changed', plan: result as PlanProtocol['restore']['result'], by: request.args.clientId }, port);
    } else if (request.method === 'remove') {
      broadcast({ kind: 'removed', id: request.args.id }, port);
    }
    if (['create', 'patch', 'duplicate', 'remove', 'restore', 'importBackup'].includes(request.method))
      broadcast({ kind: 'list-changed' }, port);
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    while (queue.length) {
      const task = queue.shift() as Task;
      const key = patchKey(task.request);
      const later = key ? queue.find((t) => patchKey(t.request) === key) : undefined;
      if (later) {
        later.followers.push(task, ...task.followers);
        continue;
      }
      let response: DistributiveOmit<PlanResponse, 'seq'>;
      try {
        const result = await execute(task.request);
        response = { kind: 'response', ok: true, result };
        announce(task, result);
      } catch (error) {
        const e = classifyStorageError(error);
        response = { kind: 'response', ok: false, code: e.code, message: e.message };
      }
      for (const t of [task, ...task.followers]) safePost(t.port, { ...response, seq: t.request.seq });
    }
    running = false;
  }

  return {
    warn(code) {
      broadcast({ kind: 'problem', code, message: describeStorageError(code) });
    },
    connect(port) {
      ports.add(port);
      const onMessage = (message: unknown) => {
        if (!isRequest(message)) return;
        queue.push({ request: message, port, followers: [] });
        void drain();
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
