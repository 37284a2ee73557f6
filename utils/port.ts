/** The part of runtime.Port the extension uses; tests pass in-memory pairs (tests/fake-port.ts). */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void; removeListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  disconnect(): void;
}

/** True when a message comes from one of this extension's own pages, not a web page or another extension. */
export function isOwnExtensionPage(
  sender: { id?: string; url?: string } | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return !!sender && sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
