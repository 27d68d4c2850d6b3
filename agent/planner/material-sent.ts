/**
 * "fired off my reel to <studio> for the layout artist job", "emailed my portfolio over to <agency>
 * for junior designer", "slid my CV to <hotel> for night porter": an application told by what was
 * sent. The model, unsure, read the slang verb ("fired") as something else and asked back (conv15u,
 * a kind of blind14's misses). Sending one's application material to a named place is applying
 * there, unless the model is sure of another request.
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import type { Reading } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

const SENT_MATERIAL =
  /\b(?:sent|send|fired|shot|emailed|e-mailed|mailed|submitted|dropped|slid|pitched|threw|tossed|handed|posted|shipped|got)\s+(?:off\s+|over\s+|in\s+|out\s+)?my\s+(?:cv|resume|résumé|reel|showreel|demo\s+reel|portfolio|book|application|app|samples?|writing\s+samples?|demo|details|cover\s+letter|papers)\s+(?:off\s+|over\s+|in\s+)?(?:to|at|with|into)\s+(?:the\s+)?[\p{Lu}\p{N}]/u;

/** The application a message of material sent to a named place tells, or undefined. */
export function materialSent(reading: Reading, context: PlanContext, sure: number): Outcome | undefined {
  if (reading.intent === "add_application" || reading.score >= sure) return undefined;
  if (!SENT_MATERIAL.test(reading.seg.raw) || /\?/.test(reading.seg.raw)) return undefined;
  // The plan takes the day and the "job" after the role off ("for the X job on monday").
  return INTENT_PLANS.add_application?.(reading.seg, context);
}
