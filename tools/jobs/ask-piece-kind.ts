/**
 * Whether the part of a requirements clause at an offset is wished for rather than asked, read
 * within its own ask: a flattened list's pieces (flattened-asks.ts) each carry their own
 * "preferably …" or "is an advantage", so "3+ years as a warehouse developer preferably with SQL
 * Server Work experience as a DBA is an advantage" asks the years and wishes for the DBA work.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { type AskPiece, askPieceAt, flattenedAskPieces } from "./flattened-asks.ts";
import { PREFERRED_CUE, preferredFrom } from "./preferred-part.ts";
import { withoutAsideCues } from "./years.ts";

const isLanguageName = (word: string) => getTaxonomy().lookup(word)?.category === "spoken_language";

const piecesCache = new Map<string, AskPiece[]>();

/** The ask of `clause` that holds offset `at`: a flattened list's piece, or the whole clause. */
export function pieceOf(clause: string, at: number): AskPiece {
  if (piecesCache.size > 5000) piecesCache.clear();
  let pieces = piecesCache.get(clause);
  if (!pieces) {
    pieces = flattenedAskPieces(clause, isLanguageName);
    piecesCache.set(clause, pieces);
  }
  return askPieceAt(pieces, at) ?? { start: 0, end: clause.length, text: clause };
}

/** Whether two offsets of a clause sit in one ask (a years ask counts the skills of its own ask only). */
export function sameAsk(clause: string, a: number, b: number): boolean {
  return pieceOf(clause, a).start === pieceOf(clause, b).start;
}

/** Whether what is named at `at` in `clause` is preferred by a cue of its own ask. */
export function namedAsPreferred(clause: string, at: number): boolean {
  const piece = pieceOf(clause, at);
  const from = preferredFrom(piece.text);
  return from !== undefined && at - piece.start >= from;
}

/**
 * Whether a years ask at `at` is preferred: its own ask wishes for it as a whole ("ideally 3+
 * years", "3-5 years of HR experience, ideally in fintech, is a plus"), not a detail after it
 * ("…, preferably with SQL Server") nor a bracket wishing one option ("(an advantage for C#)").
 */
export function yearsAsPreferred(clause: string, at: number): boolean {
  const piece = pieceOf(clause, at);
  return namedAsPreferred(clause, at) && PREFERRED_CUE.test(withoutAsideCues(piece.text));
}
