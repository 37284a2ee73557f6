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
  /** Opens the vault unless a lock came after `since` (then returns false and keeps it shut). */
  open(vault: OpenVault, since: number): boolean;
  lock(): void;
}

export function createKeyState(): KeyState {
  let vault: OpenVault | undefined;
  let locks = 0;
  return {
    current: () => vault,
    epoch: () => locks,
    open(opened, since) {
      if (since !== locks) return false;
      vault = opened;
      return true;
    },
    lock() {
      locks++;
      vault = undefined;
    },
  };
}
