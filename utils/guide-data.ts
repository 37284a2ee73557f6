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

/** The id of the `<script type="application/json">` the build puts the guide in. */
export const GUIDE_DATA_ID = 'guide-data';

/**
 * The guide, as the build inlined it into this page (scripts/prerender-plugin.ts). The
 * guide is data, so it ships as JSON rather than as JavaScript: JSON.parse reads it several
 * times faster than the engine compiles the same object literals, and the popup's script
 * stays small. It is public guidance, never user data.
 */
export function readGuideData(doc: Document = document): GuideData {
  const text = doc.getElementById(GUIDE_DATA_ID)?.textContent;
  if (!text) throw new Error('This page was built without its guide data.');
  return JSON.parse(text) as GuideData;
}

/** `data` as the text of a JSON script element: "<" escaped so no "</script>" can end it early. */
export function serializeGuideData(data: GuideData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The page's guide data, with its lexicon compiled for the search. */
export function readGuide(doc: Document = document): GuideData & { compiled: Lexicon } {
  const data = readGuideData(doc);
  return { ...data, compiled: compileLexicon(data.lexicon) };
}

/** The interface catalogs inlined into this page, by language. */
export function readCatalogs(doc: Document = document): Partial<Record<Lang, Catalog>> {
  const text = doc.getElementById(UI_STRINGS_ID)?.textContent;
  return text ? (JSON.parse(text) as Partial<Record<Lang, Catalog>>) : {};
}

/** Speaks `lang` from the page's own catalogs (English where the page has no such catalog). */
export function speakLanguage(lang: Lang, doc: Document = document): Lang {
  const catalogs = readCatalogs(doc);
  knowCatalogs(catalogs);
  const chosen = catalogs[lang] ? lang : 'en';
  setTranslator(createTranslator(chosen, catalogs[chosen] ?? {}));
  // Screen readers pronounce the page in its language.
  doc.documentElement.lang = chosen;
  return chosen;
}
