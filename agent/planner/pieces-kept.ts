/**
 * The outcomes of a message's confident pieces, each read beside the others: a background
 * clause kept as the background (background-said.ts), a skill set against a gap kept as an
 * argument rather than a re-run (gap-argued.ts).
 */
import { backgroundClausesKept } from "./background-clauses.ts";
import { gapArgued } from "./gap-argued.ts";
import { preferenceReasonDropped } from "./preference-reason.ts";
import { outcomeOf, type Reading } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

export async function piecesKept(pieces: Reading[], context: PlanContext): Promise<Outcome[]> {
  // "No night shifts. I did 9 years of nights, never again": the reason is no entry (preference-reason.ts).
  const outcomes = preferenceReasonDropped(
    pieces.map((r) => outcomeOf(r, context)),
    pieces,
  );
  return gapArgued(await backgroundClausesKept(outcomes), context);
}
