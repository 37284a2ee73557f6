import type { CrisisCard, CrisisCardEs, GlossaryGuidance, GuideEntry } from '@/content';
import { createTranslator, knowCatalogs, setTranslator, type Catalog, type Lang } from './i18n';
import { compileLexicon, type Lexicon, type LexiconData } from './search/lexicon';

/** The guide as data: what a page needs to search and show it. */
export interface GuideData {
  entries: GuideEntry[];
  crisisCard: CrisisCard;
  glossaryGuidance: GlossaryGuidance;
  /** What the search knows of language (content/lexicon). */
  lexicon: LexiconData;
  /** The crisis card in Spanish, for a Spanish interface. */
  crisisCardEs: CrisisCardEs;
}

/** The id of the JSON script holding the page's interface catalogs (public/_locales), by language. */
export const UI_STRINGS_ID = 'ui-strings';

/**
 * The guide as the popup receives it (`virtual:guide-data`, scripts/prerender-plugin.ts), with
 * its lexicon compiled for the search. It is public guidance, never user data.
 */
export function compiledGuide(data: GuideData): GuideData & { compiled: Lexicon } {
  return { ...data, compiled: compileLexicon(data.lexicon) };
}

/** The interface catalogs inlined into this page (the popup's, in its language), by language. */
export function readCatalogs(doc: Document = document): Partial<Record<Lang, Catalog>> {
  const text = doc.getElementById(UI_STRINGS_ID)?.textContent;
  return text ? (JSON.parse(text) as Partial<Record<Lang, Catalog>>) : {};
}

/** Speaks `lang` from `catalogs` (the page's inlined ones unless given; English where there is no such catalog). */
export function speakLanguage(lang: Lang, catalogs: Partial<Record<Lang, Catalog>> = readCatalogs()): Lang {
  knowCatalogs(catalogs);
  const chosen = catalogs[lang] ? lang : 'en';
  setTranslator(createTranslator(chosen, catalogs[chosen] ?? {}));
  // Screen readers pronounce the page in its language.
  document.documentElement.lang = chosen;
  return chosen;
}
