/**
 * Words that label the youth, never needed in a court note even once CSEC status is confirmed:
 * "name behaviors, not the youth; no 'child prostitute', no blame" (the crisis reference, Love146).
 * Not a name ("Dr. Ho", "Mr. Hooker"): "ho" only as a noun for a person ("called her a ho").
 */
const SLURS = String.raw`(?<!(?:mr|mrs|ms|dr)\.? )(?:hookers?|whores?)|(?<=(?:^|\s)(?:a|that|this|some|little|dirty|you|like a|called her a|called him a) )hoe?s?|thots?`;

/**
 * Words that say what happened to the youth rather than what was seen: the handout's note on
 * confidentiality says CSEC status is not shared with the court unless DCFS or the court has
 * confirmed it. The issue names "CSEC", "trafficked", "exploited" and "victim"; their other
 * forms (trafficking, exploitation, victims…) say the same thing, and so do the words a new
 * user found the check missing: "C.S.E.C.", "pimp", "prostituted", "sold for sex", "sex work".
 */
const LABELLING = new RegExp(
  String.raw`\b(csecs?|c\.s\.e\.c|cse(?!\s*\d)|traffick\w*|traf+i[ck]+(?:ed|ing|ers?)|exploit\w*|victim\w*|pimp(?:s|ed|ing)?|prostitut\w*|sex work\w*|(?:sold|sells|selling) (?:her|him|them)? ?for sex|(?:sells|selling|sold) sex|selling (?:herself|himself|themselves)|${SLURS}|backpage|in the life(?! of)|escort(?:s|ing)? (?:ads?|sites?|services?|work)|(?:an|as an?) escort)\b`,
  'giu',
);

/** The labels of the youth among those (with Spanish “puta”): pointed out even with CSEC status confirmed. */
const LABELS = new RegExp(String.raw`(?<![\p{L}\p{N}_])(prostitut\p{L}*|${SLURS}|sex work\p{L}*|putas?)(?![\p{L}\p{N}_])`, 'giu');

/**
 * The text as a reader sees it: full-width and styled letters as plain ones, invisible characters
 * gone, and words typed letter by letter ("t r a f f i c k e d") joined, so none hides a word.
 */
function asRead(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/gu, '')
    .replace(/(?<![\p{L}\p{N}])\p{L}(?:[ _-]\p{L}(?![\p{L}\p{N}])){3,}/gu, joinLetters);
}

/** "a C S E C" → "a CSEC": a one-letter word before the spelled-out one ("a", "I", "y", "o") stays a word. */
function joinLetters(letters: string): string {
  const parts = letters.split(/[ _-]/);
  const lead = parts.length > 4 && /^[aiyoe]$/iu.test(parts[0] ?? '') ? `${parts.shift()} ` : '';
  return lead + parts.join('');
}

/** Letters from other scripts that look Latin ("trаfficked" with a Cyrillic а), and digits typed for letters. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ѕ: 's',
  к: 'k',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
};
const DIGITS_AS_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/**
 * A second reading for words disguised on purpose or by habit: accents dropped ("tràfficked"),
 * lookalike letters, digits inside words ("h00ker", "vict1m"; "CSE 142" keeps its number), and
 * letters parted by dots ("t.r.a.f.f.i.c.k.e.d"; "C.S.E.C" is read as written by the first).
 */
function asPlain(read: string): string {
  return read
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (c) => LOOKALIKES[c.toLowerCase()] ?? c)
    .replace(/[\p{L}\p{N}@$]+/gu, (token) =>
      /\p{L}/u.test(token) && /[\d@$]/u.test(token) ? token.replace(/[\d@$]/g, (d) => DIGITS_AS_LETTERS[d] ?? d) : token,
    )
    .replace(/(?<![\p{L}\p{N}])\p{L}(?:\.\p{L}(?![\p{L}\p{N}])){4,}\.?/gu, (letters) => letters.replace(/\./g, ''));
}

/** Matches of `patterns` in the text as read and as plain, each word once (as first written). */
function findWords(text: string, patterns: readonly RegExp[]): string[] {
  const read = asRead(text);
  const seen = new Map<string, string>();
  const key = (word: string) => asPlain(word).toLowerCase();
  for (const version of [read, asPlain(read)]) {
    const found = patterns.flatMap((p) => [...version.matchAll(p)]).sort((a, b) => a.index - b.index);
    for (const [word] of found) if (!seen.has(key(word))) seen.set(key(word), word);
  }
  return [...seen.values()];
}

/**
 * The same four words in Spanish, as the guide's own Spanish writes them: "explotación",
 * "Explotados", "tratantes", "la trata de personas" (content/es), "explot…" and "trata" in the
 * Spanish crisis signals (content/lexicon/crisis-signals.ts), and "víctima". Kept narrow where
 * Spanish words do double duty: "explotó" (it exploded) and "trata de" (tries to; "se trata de",
 * it is about) are everyday words, so "trata" counts only in "de trata" and "trata de personas".
 * Accents optional: advocates type "victima" and "explotacion" too. Also "prostituida",
 * "traficada", "padrote", "proxeneta", and any "explot…" followed by "sexualmente". And what a
 * Spanish-first volunteer wrote and the check missed (helper-62): "la explotan" (an "explot…"
 * with "la", "lo", "los" or "las" before it: done to someone; "se le explotó", it burst on him),
 * "tráfico sexual" or "tráfico de personas" (never "tráfico" alone: traffic), and "sexo por
 * dinero" or "vende su cuerpo" (as "sells sex" is in English).
 */
const LABELLING_ES =
  /(?<![\p{L}\p{N}_])(v[ií]ctima\p{L}*|explot(?:ad|aci|ador|and)\p{L}*|explot\p{L}*(?=\s+sexualmente)|(?<=(?<![\p{L}\p{N}_])(?:la|lo|los|las)\s)explot\p{L}*|tratantes?|(?<=(?<![\p{L}\p{N}_])de\s)trata|(?<!se\s)trata(?=\sde\spersonas)|prostitu\p{L}*|traficad[ao]s?|tr[aá]fico\s+(?:sexual|humano|de\s+(?:personas|menores|ni[nñ]os|ni[nñ]as))|sexo\s+(?:por|a\s+cambio\s+de)\s+\p{L}+|vend\p{L}*\s+(?:sexo|su\s+cuerpo)|padrotes?|proxenetas?)(?![\p{L}\p{N}_])/giu;

/** The labelling words in `text`, each once, as written the first time ("CSEC", "victim", "víctima"). */
export function labellingWords(text: string): string[] {
  return findWords(text, [LABELLING, LABELLING_ES]);
}

/** The words as the warnings quote them: “victim”, “trafficked”. */
export const quoted = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(', ');

/** The words in `text` that label the youth (“hooker”, “prostitute”), each once: asked about even with CSEC status confirmed. */
export function labelsOfYouth(text: string): string[] {
  return findWords(text, [LABELS]);
}
