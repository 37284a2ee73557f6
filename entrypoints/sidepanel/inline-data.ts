import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { UI_STRINGS_ID } from '@/utils/guide-data';

/**
 * Inlined into sidepanel.html at build time: the interface's words in both languages (the panel
 * follows the language setting while it is open). The guide itself is not inlined, as it is in
 * the popup: it comes with the Guide tab's chunk once the plans are on screen (170 KB of JSON
 * in the page held back its first script).
 */
export function inlineData(): Record<string, string> {
  return { [UI_STRINGS_ID]: JSON.stringify({ en, es }).replace(/</g, '\\u003c') };
}
