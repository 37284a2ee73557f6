import { storedItem } from './stored-item';

/** Minutes of inactivity before plans lock (0: only when the screen locks or the browser restarts). */
export const autoLockMinutes = storedItem<number>('local:autoLockMinutes', 15);

/** The choices the settings offer for auto-lock. */
export const AUTO_LOCK_CHOICES = [5, 15, 30, 60, 0] as const;

/** Whether the passphrase lock has been offered (it is offered once, the first time). */
export const lockOffered = storedItem<boolean>('local:lockOffered', false);

/**
 * The unlocked data key, base64, in session storage: memory only, cleared when the browser
 * stops, hidden from content scripts. Lets the background survive its own restarts unlocked.
 */
export const sessionVaultKey = storedItem<string | null>('session:vaultKey', null);

/** The interface's language: the browser's ('auto'), or English or Spanish whatever the browser speaks. */
export const uiLanguage = storedItem<'auto' | 'en' | 'es'>('local:uiLanguage', 'auto');
