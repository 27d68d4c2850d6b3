/**
 * "can I see my whole profile before I start applying anywhere", "show my skills before I apply":
 * a request with a clause of when ("before I …", "once I …", "until I …") that names another
 * topic. The model followed the clause (applications) instead of the request (the profile), or
 * asked back (the outside dev set, after an analysis; conv12s). When the request alone reads
 * sure (otherwise, or the same way the whole was too unsure of), and the whole is not, the
 * request alone is planned. A reminder keeps its
 * clause: "remind me to update my resume before I apply to X" is the reminder's text.
 */
import { CONFIDENCE, type Reading, read, SURE } from "./reading.ts";
import type { PlanContext } from "./types.ts";

const TIME_CLAUSE =
  /\s*,?\s+(?:(?:right|just|even)\s+)?(?:before|until|till|once|after)\s+(?:i|we|i'm|im|i've)\b[^?]*/i;

/** Below this the whole reading gives way to the request's own. */
const WHOLE_SURE = 0.9;

export async function mainClauseAlone(
  raw: string,
  whole: Reading,
  context: PlanContext,
): Promise<string | undefined> {
  if (whole.score >= WHOLE_SURE || whole.intent === "set_reminder") return undefined;
  const clause = TIME_CLAUSE.exec(raw);
  if (!clause || clause.index < 8) return undefined;
  const main = `${raw.slice(0, clause.index)}${raw.slice(clause.index + clause[0].length)}`.trim();
  const alone = await read(main, context);
  // Another reading, or the same one the whole was too unsure of to act on.
  const better = alone.intent !== whole.intent || whole.score < CONFIDENCE;
  return alone.score >= SURE && better && alone.intent !== "set_reminder" ? main : undefined;
}
