/**
 * The crisis signals are large alternations (up to 15 KB of source). The engine compiles a
 * pattern the first time it runs and to machine code the second, in one piece each time: a
 * 15 KB pattern held a popup's main thread for 100–300 ms at a stretch in its first seconds,
 * keys waiting behind it. Compiled as pieces of a few alternatives each, no piece holds the
 * page for long, and the idle warm-up (`warmSteps`) does one piece at a time.
 */

/** Largest piece of source, in characters (one alternative alone may be longer): a tenth of the largest signal. */
const PIECE_CHARS = 1500;

/** A pattern compiled in pieces: its `test` asks them; `pieces()` makes them if not yet made. */
export type PiecedPattern = RegExp & { pieces(): readonly RegExp[] };

/**
 * `source` as a pattern that matches where any of its top-level alternatives does. Only `test`
 * is answered piecewise (it is all the search asks of a signal); `source` stays the whole
 * pattern's. The pieces are split and made at their first use (the idle warm-up or a search),
 * not while the popup starts. The lexicon's patterns have no numbered back-references, which
 * pieces would renumber (a test checks).
 */
export function piecedPattern(source: string): PiecedPattern {
  let pieces: RegExp[] | undefined;
  // Consecutive alternatives joined into patterns of up to PIECE_CHARS of source.
  const piecesNow = () => {
    if (pieces) return pieces;
    pieces = [];
    let piece = '';
    for (const alternative of alternativesOf(source)) {
      if (piece && piece.length + alternative.length >= PIECE_CHARS) {
        pieces.push(new RegExp(piece));
        piece = '';
      }
      piece += (piece && '|') + alternative;
    }
    pieces.push(new RegExp(piece));
    return pieces;
  };
  return Object.assign(new RegExp(source), { pieces: piecesNow, test: (text: string) => piecesNow().some((piece) => piece.test(text)) });
}

/**
 * The top-level alternatives of a pattern's source: split at each `|` outside groups and
 * character classes, so `a(b|c)|[|]d` gives `a(b|c)` and `[|]d`. Runs of plain characters
 * are one token: splitting all the signals (84 KB) takes ≈ 7 ms, not ≈ 40 character by character.
 */
export function alternativesOf(source: string): string[] {
  const parts = [''];
  let depth = 0;
  // Tokens: an escape, a whole character class, a run of plain characters, or one character.
  for (const token of source.match(/\\.|\[(?:\\.|[^\\\]])*]|[^\\[()|]+|./gs) ?? []) {
    if (token === '|' && !depth) parts.push('');
    else {
      depth += token === '(' ? 1 : token === ')' ? -1 : 0;
      parts[parts.length - 1] += token;
    }
  }
  return parts;
}
