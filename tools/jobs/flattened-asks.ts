/**
 * A requirements list flattened into one line ("Completed degree in a technical field 3+ years
 * as a warehouse developer preferably with SQL Server Work experience as a DBA is an advantage
 * Advanced T-SQL skills") is several asks: each bullet began with a capital letter, and the line
 * break between them is gone. The exact format: a capitalised word right after a lower-case word
 * with no punctuation between them, the lower-case word not a joining word ("with", "of", "in"),
 * at least three words into the current ask, in a run of more than twelve words — unless the
 * capitalised word is a spoken language ("in German and English" stays one ask).
 *
 * One reading for both sides: the job parser reads each piece's own "preferably" or "is an
 * advantage" (so one bullet's "is an advantage" does not make the years of the bullet before it a
 * nice-to-have), and tools/gap cuts the requirements paragraph into asks with it.
 */

export interface AskPiece {
  /** Offsets inside the text the piece was cut from. */
  start: number;
  end: number;
  text: string;
}

/** A shorter run is one ask said in one go, not a flattened list. */
const MAX_UNCUT_WORDS = 12;
const MIN_ASK_WORDS = 3;
const JOINING_WORD = /^(and|or|of|in|with|the|a|an|to|for|&)$/i;

export function flattenedAskPieces(text: string, isLanguageName: (word: string) => boolean): AskPiece[] {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length === 0) return [];
  const piece = (start: number, end: number): AskPiece => ({ start, end, text: text.slice(start, end) });
  const last = words.at(-1)!;
  if (words.length <= MAX_UNCUT_WORDS) return [piece(words[0]!.index!, last.index! + last[0].length)];
  const out: AskPiece[] = [];
  let start = words[0]!.index!;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0];
    const prev = words[i - 1];
    const startsAsk =
      count >= MIN_ASK_WORDS &&
      prev !== undefined &&
      /^[A-Z][a-z]/.test(word) &&
      /^[a-z][\w/-]*[a-z0-9)]$/.test(prev[0]) &&
      !JOINING_WORD.test(prev[0]) &&
      !isLanguageName(word.replace(/[^\w]/g, ""));
    if (startsAsk) {
      out.push(piece(start, prev.index! + prev[0].length));
      start = words[i]!.index!;
      count = 0;
    }
    count++;
  }
  out.push(piece(start, last.index! + last[0].length));
  return out;
}

/** The piece of `text` that holds offset `at` (the whole text when it is one ask). */
export function askPieceAt(pieces: AskPiece[], at: number): AskPiece | undefined {
  return pieces.find((p) => at >= p.start && at < p.end) ?? pieces.findLast((p) => p.start <= at);
}
