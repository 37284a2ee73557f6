/**
 * Words that say what happened to the youth rather than what was seen: the handout's note on
 * confidentiality says CSEC status is not shared with the court unless DCFS or the court has
 * confirmed it. The issue names "CSEC", "trafficked", "exploited" and "victim"; their other
 * forms (trafficking, exploitation, victims…) say the same thing, and so do the words a new
 * user found the check missing: "C.S.E.C.", "pimp", "prostituted", "sold for sex", "sex work".
 */
const LABELLING =
  /\b(csec|c\.s\.e\.c|traffick\w*|exploit\w*|victim\w*|pimp(?:s|ed|ing)?|prostitut\w*|sex work\w*|(?:sold|sells|selling) (?:her|him|them)? ?for sex|(?:sells|selling|sold) sex)\b/giu;

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
  const found = [...text.matchAll(LABELLING), ...text.matchAll(LABELLING_ES)].sort((a, b) => a.index - b.index);
  for (const [word] of found) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}

/** The words as the warnings quote them: “victim”, “trafficked”. */
export const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(', ');
