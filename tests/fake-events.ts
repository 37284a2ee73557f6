import { vi } from 'vitest';

/** A browser event whose listeners a test can call the way the browser does. */
export function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (cb: (...args: Args) => unknown) => void listeners.push(cb),
    removeListener: (cb: (...args: Args) => unknown) => void listeners.splice(listeners.indexOf(cb), 1),
    /** Calls every listener synchronously, as the browser dispatches a user gesture. */
    fire: (...args: Args) => listeners.map((cb) => cb(...args)),
    get count() {
      return listeners.length;
    },
  };
}

/** Just the browser APIs the background's panel openers touch, as Chrome or as Firefox. */
export function fakePanelBrowser(kind: 'chrome' | 'firefox') {
  return {
    runtime: { onInstalled: fakeEvent<[]>() },
    contextMenus: { create: vi.fn(), onClicked: fakeEvent<[{ menuItemId: string }, { windowId: number } | undefined]>() },
    commands: { onCommand: fakeEvent<[string, { windowId: number } | undefined]>() },
    sidePanel: kind === 'chrome' ? { open: vi.fn(async () => {}) } : undefined,
    sidebarAction: kind === 'firefox' ? { open: vi.fn(async () => {}) } : undefined,
  };
}
