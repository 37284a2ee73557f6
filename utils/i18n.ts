/**
 * The interface's words, in English or Spanish. The words themselves live where the browser
 * keeps an extension's translations, `public/_locales/<lang>/messages.json` (the manifest's
 * name and description come from there too), and each page receives its catalog as data
 * (utils/guide-data.ts), never as script. A language setting can override the browser's
 * language, which `browser.i18n.getMessage` alone cannot do — hence this small translator.
 */
import type enMessages from '../public/_locales/en/messages.json';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** A message name of the catalogs (the English one is the reference; a test keeps both alike). */
export type MessageKey = keyof typeof enMessages;

/** The browser's messages.json format: each message, with `$1`… for what it is given. */
export type Catalog = Readonly<Record<string, { message: string; description?: string }>>;

export interface Translator {
  lang: Lang;
  /** The message `key`, with `$1`, `$2`… replaced by `subs`. */
  t(key: MessageKey, ...subs: (string | number)[]): string;
}

export function createTranslator(lang: Lang, catalog: Catalog): Translator {
  return {
    lang,
    t(key, ...subs) {
      const message = catalog[key]?.message;
      // A missing message shows its name: visible in review, never an empty control.
      if (message === undefined) return key;
      return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
    },
  };
}

/** Until a page sets its own (from its inlined catalog), messages show their names. */
let active: Translator = createTranslator('en', {});

/** Sets the translator every component reads (once at start, and when the language changes). */
export function setTranslator(translator: Translator): void {
  active = translator;
}

/** Every catalog the page has (the side panel has both), so a text can be written in either. */
let catalogs: Partial<Record<Lang, Catalog>> = {};

/** Makes `known` the catalogs `translatorIn` can use (set with the page's own, at start). */
export function knowCatalogs(known: Partial<Record<Lang, Catalog>>): void {
  catalogs = known;
}

/**
 * Words in `lang` whatever the page speaks: the court note in English from a Spanish interface.
 * The page's own translator when it speaks `lang`; undefined when the page has no such catalog.
 */
export function translatorIn(lang: Lang): Translator | undefined {
  if (lang === active.lang) return active;
  const catalog = catalogs[lang];
  return catalog && createTranslator(lang, catalog);
}

/** The message `key` in the page's language. */
export const t = (key: MessageKey, ...subs: (string | number)[]): string => active.t(key, ...subs);

/** The page's language. */
export const currentLang = (): Lang => active.lang;

/** The language to show: the advocate's choice, else the browser's (Spanish for any "es-…"). */
export function resolveLang(choice: Lang | 'auto', browserLanguage: string): Lang {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The other language: what Alt+Enter copies a message in. */
export const otherLang = (): Lang => (active.lang === 'en' ? 'es' : 'en');

/** The name of a language, in the page's language ("Spanish", "inglés"). */
export const langName = (lang: Lang): string => t(lang === 'es' ? 'lang_other_es' : 'lang_other_en');
