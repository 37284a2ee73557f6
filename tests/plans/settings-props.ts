import type { SettingsScreen } from '@/components/plans/SettingsScreen';
import { AUTO_LOCK_CHOICES } from '@/utils/settings';

/** Settings with the lock off and every action doing nothing: spread, then override what a test needs. */
export const settingsProps: Parameters<typeof SettingsScreen>[0] = {
  vault: 'none',
  autoLockMinutes: 15,
  autoLockChoices: AUTO_LOCK_CHOICES,
  screenLockReported: true,
  onAutoLock: () => {},
  onLockNow: () => {},
  onSetUp: async () => {},
  onChangePassphrase: async () => {},
  onDisable: async () => '',
};
