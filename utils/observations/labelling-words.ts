/**
 * Words that say what happened to the youth rather than what was seen: the handout's note on
 * confidentiality says CSEC status is not shared with the court unless DCFS or the court has
 * confirmed it. The issue names "CSEC", "trafficked", "exploited" and "victim"; their other
 * forms (trafficking, exploitation, victims…) say the same thing, and so do the words a new
 * user found the check missing: "C.S.E.C.", "pimp", "prostituted", "sold for sex", "sex work".
 */
const LABELLING =
  /\b(csec|c\.s\.e\.c|cse|traffick\w*|traf+ic?k?(?:ed|ing|ers?)|exploit\w*|victim\w*|pimp(?:s|ed|ing)?|prostitut\w*|sex work\w*|(?:sold|sells|selling) (?:her|him|them)? ?for sex|(?:sells|selling|sold) sex|hookers?|whores?|hoes?|hos?|escort(?:s|ing)? (?:ads?|sites?|services?|work)|(?:an|as an?) escort)\b/giu;

/**
 * Words that label the youth, never needed in a court note even once CSEC status is confirmed:
 * "name behaviors, not the youth; no 'child prostitute', no blame" (the crisis reference, Love146).
 */
const LABELS = /(?<![\p{L}\p{N}_])(prostitut\p{L}*|hookers?|whores?|hoes?|hos?|sex work\p{L}*|putas?)(?![\p{L}\p{N}_])/giu;

/**
 * The text as a reader sees it: full-width and styled letters as plain ones, invisible characters
 * gone, and words typed letter by letter ("t r a f f i c k e d") joined, so none hides a word.
 */
function asRead(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/gu, '')
    .replace(/(?<![\p{L}\p{N}])\p{L}(?:[ _-]\p{L}(?![\p{L}\p{N}])){3,}/gu, (letters) => letters.replace(/[ _-]/g, ''));
}

/**
 * The same four words in Spanish, as the guide's own Spanish writes them: "explotación",
 * "Explotados", "tratantes", "la trata de personas" (content/es), "explot…" and "trata" in the
 * Spanish crisis signals (content/lexicon/crisis-signals.ts), and "víctima". Kept narrow where
 * Spanish words do double duty: "explotó" (it exploded) and "trata de" (tries to; "se trata de",
 * it is about) are everyday words, so "trata" counts only in "de trata" and "trata de personas".
 * Accents optional: advocates type "victima" and "explotacion" too. Also "prostituida",
 * "traficada", "padrote", "proxeneta", and any "explot…" followed by "sexualmente".
 */
const LABELLING_ES =
  /(?<![\p{L}\p{N}_])(v[ií]ctima\p{L}*|explot(?:ad|aci|ador|and)\p{L}*|explot\p{L}*(?=\s+sexualmente)|tratantes?|(?<=(?<![\p{L}\p{N}_])de\s)trata|(?<!se\s)trata(?=\sde\spersonas)|prostitu\p{L}*|traficad[ao]s?|padrotes?|proxenetas?)(?![\p{L}\p{N}_])/giu;

/** The labelling words in `text`, each once, as written the first time ("CSEC", "victim", "víctima"). */
export function labellingWords(text: string): string[] {
  const seen = new Map<string, string>();
  const read = asRead(text);
  const found = [...read.matchAll(LABELLING), ...read.matchAll(LABELLING_ES)].sort((a, b) => a.index - b.index);
  for (const [word] of found) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}

/** The words as the warnings quote them: “victim”, “trafficked”. */
export const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(', ');

/** The words in `text` that label the youth (“hooker”, “prostitute”), each once: asked about even with CSEC status confirmed. */
export function labelsOfYouth(text: string): string[] {
  const seen = new Map<string, string>();
  for (const [word] of asRead(text).matchAll(LABELS)) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}
