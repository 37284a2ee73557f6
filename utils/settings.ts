import { storedItem } from './stored-item';

/** Minutes of inactivity before plans lock (0: only when the screen locks or the browser restarts). */
export const autoLockMinutes = storedItem<number>('local:autoLockMinutes', 15);

/** The choices the settings offer for auto-lock. */
export const AUTO_LOCK_CHOICES = [5, 15, 30, 60, 0] as const;

/**
 * When every plan on this device was last erased with "Forgot the passphrase?" (ms), until the
 * advocate dismisses the notice that says so. Outside the plans' database, which the erase empties.
 */
export const plansErasedAt = storedItem<number | null>('local:erasedAt', null);

/** Whether the passphrase lock has been offered (it is offered once, the first time). */
export const lockOffered = storedItem<boolean>('local:lockOffered', false);

/**
 * The unlocked data key, base64, in session storage: memory only, cleared when the browser
 * stops, hidden from content scripts. Lets the background survive its own restarts unlocked.
 */
export const sessionVaultKey = storedItem<string | null>('session:vaultKey', null);

/**
 * Whether Shift pressed three times hides the side panel. On unless turned off in Settings: a
 * screen reader's own Shift (NVDA pauses and resumes speech with it) can press it three times
 * without meaning to hide anything (helper-60); the Hide button stays either way.
 */
export const shiftHides = storedItem<boolean>('local:shiftHides', true);

/** The interface's language: the browser's ('auto'), or English or Spanish whatever the browser speaks. */
export const uiLanguage = storedItem<'auto' | 'en' | 'es'>('local:uiLanguage', 'auto');

/**
 * The court note's language, remembered: 'auto' writes it in the interface's. A volunteer with a
 * Spanish interface may write court reports in English (helper-62).
 */
export const noteLanguage = storedItem<'auto' | 'en' | 'es'>('local:noteLanguage', 'auto');
