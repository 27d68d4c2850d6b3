/**
 * The outcomes of a message's confident pieces, each read beside the others: a background
 * clause kept as the background (background-said.ts), a skill set against a gap kept as an
 * argument rather than a re-run (gap-argued.ts).
 */
import { backgroundClausesKept } from "./background-clauses.ts";
import { gapArgued } from "./gap-argued.ts";
import { outcomeOf, type Reading } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

export async function piecesKept(pieces: Reading[], context: PlanContext): Promise<Outcome[]> {
  const outcomes = pieces.map((r) => outcomeOf(r, context));
  return gapArgued(await backgroundClausesKept(outcomes), context);
}
