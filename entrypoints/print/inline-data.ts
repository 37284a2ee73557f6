import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { UI_STRINGS_ID } from '@/utils/guide-data';

/**
 * Inlined into print.html at build time: the interface's words in both languages, as data (the
 * side panel's are inlined the same way), so the printed plan speaks the advocate's language.
 */
export function inlineData(): Record<string, string> {
  return { [UI_STRINGS_ID]: JSON.stringify({ en, es }).replace(/</g, '\\u003c') };
}
