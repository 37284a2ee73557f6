/**
 * What a query says beyond its words: the situation it describes (crisis first, always) and
 * what the question asks for. The tables are data (content/lexicon), compiled in lexicon.ts.
 */
import type { EntryKind } from '@/content/schema';
import type { CrisisSignal, Lexicon } from './lexicon';
import { words } from './text';

/** True when `a` becomes `b` with one edit (insert, delete, replace, or swap of neighbours). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

/** "suicde" → "suicide", "emergancy" → "emergency": only toward the signals' own words; "w" → "with". */
export function correctSignalWord(word: string, lexicon: Lexicon): string {
  const spelledOut = lexicon.shorthand.get(word);
  if (spelledOut) return spelledOut;
  if (word.length < 5 || lexicon.signalWords.has(word)) return word;
  // A typo keeps the first letter; "sitting" is a word of its own, not "hitting". A letter
  // left out ("hiting", "trafficing") is the likeliest typo: read it first, before "trafficing"
  // is taken for "traffic" spelled on, or "hiting" for "hiding" mistyped.
  let near: string | undefined;
  for (const known of lexicon.signalWords) {
    if (known[0] !== word[0] || !oneEditApart(word, known)) continue;
    if (known.length === word.length + 1) return known;
    near ??= known;
  }
  // A word a signal word starts ("desaparecido" after "desaparecid") is spelled right.
  for (const known of lexicon.signalWords) if (word.startsWith(known)) return word;
  return near ?? word;
}

/** A query's words as the search reads them: dictation's renderings read as the words meant ("sue side" → "suicide"). */
export const queryWords = (text: string, lexicon: Lexicon): string[] => lexicon.undictate(words(text));

/** The crisis a query's situation describes (typos and text-speak read through), or undefined when none. */
export function detectCrisis(queryWords: readonly string[], lexicon: Lexicon): CrisisSignal | undefined {
  const padded = ` ${queryWords.map((w) => correctSignalWord(w, lexicon)).join(' ')} `;
  // The exceptions read the words as typed too: "print" must not become "point" for them.
  const typed = ` ${queryWords.join(' ')} `;
  return lexicon.crisis.find((s) => s.pattern.test(padded) && !s.unless?.test(padded) && !s.unless?.test(typed));
}

/** The crisis whose topic is the whole query ("missing", "awol"), when no situation is described. */
export function detectTopic(queryWords: readonly string[], lexicon: Lexicon): CrisisSignal | undefined {
  const padded = ` ${queryWords.join(' ')} `;
  return lexicon.crisis.find((s) => s.topic?.test(padded));
}

/**
 * A long message told in parts ("…and the restoration funds, but tonight she called me crying
 * from a motel, he won't let her leave"): a lookup in one part does not silence danger now or
 * suicide told in another. Only the signals marked urgent; a missing youth or a report stays
 * read whole.
 */
export function detectUrgentInParts(text: string, lexicon: Lexicon): CrisisSignal | undefined {
  return text
    .split(/[.!?;\n]| but | plus /i)
    .map((part) => detectCrisis(queryWords(part, lexicon), lexicon))
    .find((signal) => signal?.urgent);
}

/** What a query's wording asks for (nothing, for plain keywords). */
export interface Intent {
  favour: Set<EntryKind>;
  /** Words of the query that only say what is asked for. */
  asks: Set<string>;
  /** The kind to list when the query names no topic at all ("who do I call"). */
  listKind?: EntryKind;
  /** Worded as a lookup ("for her wallet card"): a crisis entry leads only when a signal says so. */
  lookup?: boolean;
}

export function detectIntent(normalized: string, lexicon: Lexicon): Intent {
  const padded = ` ${normalized} `;
  const intent: Intent = { favour: new Set(), asks: new Set() };
  for (const rule of lexicon.intents) {
    if (!rule.pattern.test(padded)) continue;
    rule.favour.forEach((k) => intent.favour.add(k));
    rule.asks?.forEach((w) => intent.asks.add(w));
    intent.listKind ??= rule.asks ? rule.favour[0] : undefined;
    if (rule.lookup) intent.lookup = true;
  }
  return intent;
}
