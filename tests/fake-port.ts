import type { PortLike } from '@/utils/port';

type Listener<T extends unknown[]> = (...args: T) => void;

function event<T extends unknown[]>() {
  const listeners = new Set<Listener<T>>();
  return {
    addListener: (cb: Listener<T>) => void listeners.add(cb),
    removeListener: (cb: Listener<T>) => void listeners.delete(cb),
    fire: (...args: T) => [...listeners].forEach((cb) => cb(...args)),
  };
}

/**
 * Two connected in-memory ports, like runtime.connect() gives a page and onConnect gives the
 * background. Messages are structured-cloned and delivered asynchronously, as browsers do.
 */
export function createPortPair(name: string, sender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' }) {
  const make = () => ({ onMessage: event<[unknown]>(), onDisconnect: event<[]>() });
  const a = make();
  const b = make();
  let open = true;
  const side = (self: typeof a, other: typeof a, withSender?: typeof sender): PortLike => ({
    name,
    sender: withSender,
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      queueMicrotask(() => open && other.onMessage.fire(copy));
    },
    onMessage: self.onMessage,
    onDisconnect: self.onDisconnect,
    disconnect() {
      if (!open) return;
      open = false;
      queueMicrotask(() => other.onDisconnect.fire());
    },
  });
  return { page: side(a, b), background: side(b, a, sender) };
}
