import type { GuideEntry } from '../schema';

/** Every term rests on this file: the reference, copied verbatim, with all its sources. */
export const GLOSSARY_DOCUMENT = 'docs/sources/glossary.md';
const CHECKED = '2026-11-30';

/**
 * What glossary.md (section D) says of the terms that rest on reposted copies of Shared Hope's
 * list: the original page was visible only in part, so its wording is unconfirmed.
 */
export const rentingLacyWording = (word?: string): string =>
  `the original wording${word ? ` for “${word}”` : ''}: it rests on reposted copies of Shared Hope’s “Renting Lacy” list, ` +
  'whose original page could be read only in part.';

/** One glossary term as written in the content files; `term()` turns it into an entry. */
export interface TermDraft {
  /** The term's number in the reference: its heading there is `${n}. ${title}`. */
  n: number;
  id: string;
  /** The term exactly as the reference heads it. */
  title: string;
  /** The reference's "Variants", as a youth or a file spells them (lower case, no quotes). */
  variants: string[];
  /** The reference's extra search words for the term (its table C), beyond the variants. */
  search?: string[];
  meaning: string;
  why: string;
  /** The trauma-informed note, where the reference gives one. */
  note?: string;
  /** What the reference marks unconfirmed about the term (its section D), in a clause after "Not confirmed:". */
  unconfirmed?: string;
  /** The pages the reference lists for the term; the first https one is shown as the source. */
  urls: string[];
  /** True when the reference also cites the CASA handout for the term. */
  handout?: boolean;
  related?: string[];
  /** A street word, not a system one: copied in quotes, as the youth's or the exploiter's word, never ours. */
  street?: boolean;
}

/** The words a term's body and message are written with, per language. */
export const TERM_LABELS = {
  en: { why: 'Why it matters', keep: 'Keep in mind', street: 'street term' },
  es: { why: 'Por qué importa', keep: 'Tenga en cuenta', street: 'término de la calle' },
} as const;

/**
 * A term's searchable body and its copied message, in one language. A street word (`streetWord`,
 * its English title) is copied as the youth or exploiter says it, in quotes, never as ours.
 */
export function termText(
  labels: (typeof TERM_LABELS)[keyof typeof TERM_LABELS],
  parts: { title: string; meaning: string; why: string; note?: string; streetWord?: string },
): { body: string; message: string } {
  const { title, meaning, why, note, streetWord } = parts;
  return {
    body: [meaning, `${labels.why}: ${why}`, note && `${labels.keep}: ${note}`].filter(Boolean).join(' '),
    message: `${streetWord ? `“${streetWord}” (${labels.street})` : title}: ${meaning}`,
  };
}

/** A glossary entry: every variant is a search word, and copying it copies the plain meaning for notes. */
export function term(d: TermDraft): GuideEntry {
  const url = d.urls.find((u) => u.startsWith('https://')) ?? (d.urls[0] as string);
  return {
    id: d.id,
    kind: 'term',
    title: d.title,
    ...termText(TERM_LABELS.en, { ...d, streetWord: d.street ? d.title : undefined }),
    meaning: d.meaning,
    why: d.why,
    ...(d.note && { note: d.note }),
    ...(d.unconfirmed && { unconfirmed: d.unconfirmed }),
    tags: ['glossary', 'words', d.street ? 'slang' : 'case file'],
    synonyms: [...new Set([...d.variants, ...(d.search ?? [])])],
    source: {
      type: 'reference',
      document: GLOSSARY_DOCUMENT,
      part: `${d.n}. ${d.title}`,
      url,
      also: d.urls.filter((u) => u !== url),
      ...(d.handout && { handout: true }),
    },
    checked: CHECKED,
    added: true,
    ...(d.related && { related: d.related }),
  };
}
