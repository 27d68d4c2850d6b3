/**
 * The person's own line above pasted material says what it is: a fit check over a posting, or
 * "here's my resume:" over a resume too short to look like one.
 */
import { CONFIDENCE, read, SURE } from "./reading.ts";
import type { PlanContext } from "./types.ts";

/**
 * A short line of the person's own above a pasted posting that the model reads as a fit check
 * ("can you check me against this job?", "would I get this one?"): the posting is analysed
 * too, not only set as the target. A posting's own first line (its title) is not such a line.
 */
export async function framingAsksForFit(framing: string, context: PlanContext): Promise<boolean> {
  // The person's own words say "I", "me", "you" or ask; a title ("Senior Data Engineer - Acme") does not.
  if (framing.split(/\s+/).length > 15 || !/\b(?:i|me|my|you)\b|\?\s*$/.test(framing)) return false;
  const r = await read(framing, context);
  return r.intent === "analyze_fit" && r.score >= CONFIDENCE;
}

/**
 * "here's my resume:" and the resume after it, too short to look like one on its own: the
 * framing line says what the rest is (read by the model; the rest is the document).
 */
export async function framedResume(raw: string, context: PlanContext): Promise<string | undefined> {
  const cut = raw.search(/\n|:\s/);
  if (cut < 0 || cut > 60) return undefined;
  const body = raw.slice(cut + 1).trim();
  if (body.length < 40 || body.split(/\s+/).length < 6) return undefined;
  const frame = await read(raw.slice(0, cut), context);
  return frame.intent === "read_resume" && frame.score >= SURE ? body : undefined;
}
