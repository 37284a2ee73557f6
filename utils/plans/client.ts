import { t } from '@/utils/i18n';
import { PlanStorageError, type StorageErrorCode } from './errors';
import type { PlanEvent, PlanMethod, PlanPortMessage, PlanProtocol, PlanRequest } from './protocol';
import type { PortLike } from '../port';

/** A page's end of the plan port: typed calls, live change events, reconnection. */
export interface PlanClient {
  readonly clientId: string;
  call<M extends PlanMethod>(method: M, args: PlanProtocol[M]['args']): Promise<PlanProtocol[M]['result']>;
  /** Listens for writes made by other pages, and locks. Returns the unsubscribe function. */
  onEvent(listener: (event: PlanEvent) => void): () => void;
  /**
   * Listens for reconnections after the background restarted: events sent while it was away
   * are lost, so a page re-reads what it shows. Returns the unsubscribe function.
   */
  onReconnect(listener: () => void): () => void;
  close(): void;
}

interface Pending {
  request: PlanRequest;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

/**
 * `connect` opens a fresh port. If the background restarts (MV3 service workers do), the
 * client reconnects and sends every unanswered request again; writes are safe to repeat.
 */
export function createPlanClient(connect: () => PortLike, clientId: string = crypto.randomUUID()): PlanClient {
  const pending = new Map<number, Pending>();
  const listeners = new Set<(event: PlanEvent) => void>();
  const reconnectListeners = new Set<() => void>();
  let seq = 0;
  let closed = false;
  let port: PortLike;

  function onMessage(raw: unknown) {
    const message = raw as PlanPortMessage;
    if (message.kind !== 'response') {
      for (const listener of listeners) listener(message);
      return;
    }
    const entry = pending.get(message.seq);
    if (!entry) return;
    pending.delete(message.seq);
    if (message.ok) entry.resolve(message.result as never);
    else entry.reject(new PlanStorageError(message.code as StorageErrorCode, message.message, undefined, message.retryAfterMs));
  }

  /**
   * Posts a request; if the browser refuses it (a message over its size limit), the request is
   * answered with why at once and forgotten, so it never blocks the requests after it.
   */
  function post(request: PlanRequest) {
    try {
      port.postMessage(request);
    } catch (error) {
      const entry = pending.get(request.seq);
      pending.delete(request.seq);
      const tooLarge = /size|large/i.test(String((error as Error | null)?.message));
      entry?.reject(tooLarge ? new PlanStorageError('invalid', t('storage_too_large')) : new PlanStorageError('closed'));
    }
  }

  function open() {
    port = connect();
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => {
      if (closed) return;
      open();
      for (const { request } of [...pending.values()]) post(request);
      for (const listener of reconnectListeners) listener();
    });
  }
  open();

  return {
    clientId,
    call(method, args) {
      const request = { kind: 'request', seq: ++seq, method, args } as PlanRequest;
      return new Promise((resolve, reject) => {
        pending.set(request.seq, { request, resolve, reject });
        // Posted synchronously, inside the keystroke's own event: once this returns, the edit
        // is on its way to the background even if the page closes this instant.
        post(request);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    close() {
      closed = true;
      port.disconnect();
      for (const { reject } of pending.values()) reject(new PlanStorageError('closed'));
      pending.clear();
    },
  };
}
