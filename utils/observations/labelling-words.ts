/**
 * Words that say what happened to the youth rather than what was seen: the handout's note on
 * confidentiality says CSEC status is not shared with the court unless DCFS or the court has
 * confirmed it. The issue names "CSEC", "trafficked", "exploited" and "victim"; their other
 * forms (trafficking, exploitation, victims…) say the same thing.
 */
const LABELLING = /\b(csec|traffick\w*|exploit\w*|victim\w*)\b/giu;

/** The labelling words in `text`, each once, as written the first time ("CSEC", "victim"). */
export function labellingWords(text: string): string[] {
  const seen = new Map<string, string>();
  for (const [word] of text.matchAll(LABELLING)) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}
