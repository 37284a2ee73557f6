import type { OpenVault } from './vault';

/** The data key while the vault is open: the only place the repository keeps it. */
export interface KeyState {
  /** The open vault, or undefined while locked (or while there is no lock at all). */
  current(): OpenVault | undefined;
  open(vault: OpenVault): void;
  lock(): void;
}

export function createKeyState(): KeyState {
  let vault: OpenVault | undefined;
  return {
    current: () => vault,
    open(opened) {
      vault = opened;
    },
    lock() {
      vault = undefined;
    },
  };
}
