import type { OpenVault } from './vault';

/**
 * The data key while the vault is open: the only place the repository keeps it. Every lock
 * bumps an epoch, and work that began before a lock (the session-key restore when the worker
 * wakes, a slow unlock) cannot reopen the vault when it finishes after it: a lock always wins.
 */
export interface KeyState {
  /** The open vault, or undefined while locked (or while there is no lock at all). */
  current(): OpenVault | undefined;
  /** How many locks so far. Read it where the work that may open the vault begins. */
  epoch(): number;
  /** Opens the vault unless a lock came after `since` (then zeroes its bytes and returns false). */
  open(vault: OpenVault, since: number): boolean;
  /**
   * Forgets the key and zeroes its bytes. (The CryptoKey cannot be wiped by script; it goes
   * with its last reference. The base64 copy in session storage is removed by the caller.)
   */
  lock(): void;
}

export function createKeyState(): KeyState {
  let vault: OpenVault | undefined;
  let locks = 0;
  return {
    current: () => vault,
    epoch: () => locks,
    open(opened, since) {
      if (since !== locks) {
        opened.raw.fill(0);
        return false;
      }
      if (vault !== opened) vault?.raw.fill(0);
      vault = opened;
      return true;
    },
    lock() {
      locks++;
      vault?.raw.fill(0);
      vault = undefined;
    },
  };
}
