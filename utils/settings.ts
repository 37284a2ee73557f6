import { storage } from 'wxt/utils/storage';

/** Minutes of inactivity before plans lock (0: only when the screen locks or the browser restarts). */
export const autoLockMinutes = storage.defineItem<number>('local:autoLockMinutes', { fallback: 15, version: 1 });

/** The choices the settings offer for auto-lock. */
export const AUTO_LOCK_CHOICES = [5, 15, 30, 60, 0] as const;

/** Whether the passphrase lock has been offered (it is offered once, the first time). */
export const lockOffered = storage.defineItem<boolean>('local:lockOffered', { fallback: false, version: 1 });

/**
 * The unlocked data key, base64, in session storage: memory only, cleared when the browser
 * stops, hidden from content scripts. Lets the background survive its own restarts unlocked.
 */
export const sessionVaultKey = storage.defineItem<string | null>('session:vaultKey', { fallback: null });

/** The interface's language: the browser's ('auto'), or English or Spanish whatever the browser speaks. */
export const uiLanguage = storage.defineItem<'auto' | 'en' | 'es'>('local:uiLanguage', { fallback: 'auto', version: 1 });
