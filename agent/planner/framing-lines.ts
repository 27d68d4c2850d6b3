/**
 * The person's own line above pasted material says what it is: a fit check over a posting, or
 * "here's my resume:" over a resume too short to look like one.
 */
import { readsAsAdFragment } from "../../tools/jobs/ad-fragment.ts";
import { labelledJob } from "./labelled-job.ts";
import { CONFIDENCE, read, SURE } from "./reading.ts";
import { resumeShapedBody } from "./resume-shaped-body.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/**
 * A short line of the person's own above a pasted posting that the model reads as a fit check
 * ("can you check me against this job?", "would I get this one?"): the posting is analysed
 * too, not only set as the target. A posting's own first line (its title) is not such a line.
 */
export async function framingAsksForFit(framing: string, context: PlanContext): Promise<boolean> {
  // A one-line message quoting an ad is its own framing: the words around the quote ask or not.
  const quoted = quotedAdFirst(framing);
  if (quoted !== framing) return quotedAdAsked(quoted, framing)?.analyse ?? false;
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
  // "use this one instead:" over a name, dates and bullets: the body says what it is.
  if (raw.slice(cut, cut + 3).includes("\n") && resumeShapedBody(body)) return body;
  const frame = await read(raw.slice(0, cut), context);
  return frame.intent === "read_resume" && frame.score >= SURE ? body : undefined;
}

/**
 * A short ad pasted with the person's own line under it ("…\nHamburg, hybrid.\n\nthat's the one I
 * want"): the line says what the rest is. The ad above is the target (and analysed when the line
 * asks for a fit); an ad too short to look like one on its own was read as a preference ("hybrid")
 * and a fit check with no job (conv12n: a blind3 miss). The body must keep an ad's shape: three
 * lines or more, no contact details (a resume's), and the line is first person or points at it.
 */
/** A wish pointed at the ad above: "that's the one I want", "this is the job I'm going for", "I want this one". */
const WANTS_IT =
  /^(?:(?:that|this)(?:'s|’s| is)\s+(?:the\s+)?(?:one|job|role|position|posting|what)\b.*\b(?:want|wanna|going for|after|aiming for|applying for|interested in|dream)\b|i\s+(?:want|wanna|would love|really want|am going for|'m going for)\s+(?:this|that|it)(?:\s+one|\s+job|\s+role)?\b|(?:this|that|it)(?:\s+one)?(?:'s|’s|\s+is|\s+would\s+be|'d\s+be)\s+(?:exactly\s+)?(?:perfect|ideal|my\s+dream(?:\s+job)?|exactly\s+what\s+i\s+want|the\s+dream)\b)/i;

/** The person's own words ask for the fit ("am I a fit?", "do I qualify", "check me"). */
export const ASKS_FIT =
  /\b(?:am i (?:a )?(?:good )?(?:fit|match|qualified|ready)|do i (?:fit|qualify|match|stand a chance)|check (?:my|me|if i)|how do i (?:compare|stack up|match)|would i (?:get|fit|qualify))\b/i;

export async function postingAboveLine(
  raw: string,
  context: PlanContext,
): Promise<{ posting: string; analyse: boolean } | undefined> {
  const lines = raw.trim().split("\n");
  const last = lines.at(-1)?.trim() ?? "";
  const body = lines.slice(0, -1).join("\n").trim();
  // A line that plainly wants it ("this one would be perfect") needs less ad above it.
  const wants = WANTS_IT.test(last) && !/\?\s*$/.test(last);
  // Three lines of ad or more; or one flattened fragment in the employer's voice (conv12q).
  const shaped = lines.length >= 4 || (lines.length >= 2 && readsAsAdFragment(body));
  if (!shaped || body.length < (wants ? 80 : 120) || last.split(/\s+/).length > 12) return undefined;
  if (!/\b(?:i|i'?m|me|my|this|that|this one|that one)\b/i.test(last)) return undefined;
  if (/[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s()-]{8,}\d/.test(body)) return undefined;
  // "that's the one I want", "this is the job I'm going for": a wish pointed at the ad above. Said
  // alone these words point at nothing the model can tell, so the shape is read here.
  if (wants) return { posting: body, analyse: false };
  const r = await read(last, context);
  if (r.score < CONFIDENCE || (r.intent !== "set_dream_job" && r.intent !== "analyze_fit")) return undefined;
  // Analysed only when the line asks for the fit surely ("can you check if I fit this?"); a wish
  // ("that's the one I want") sets the target and the reply offers the check.
  return { posting: body, analyse: r.intent === "analyze_fit" && r.score >= SURE };
}

/**
 * "can I do this? -> 'Content Writer. You will … 2+ years … a plus.'": the person's line and a
 * quoted ad on one line, read as the ad with the line under it (conv12r, a blind8 class).
 */
function quotedAdFirst(raw: string): string {
  const m = /^([^\n"'“‘]{3,120}?)\s*(?:->|→|=>|:|—|–|-)\s*["'“‘]([^\n]{60,})["'”’]\s*$/u.exec(raw.trim());
  if (m && readsAsAdFragment(m[2]!)) return `${m[2]!.trim()}\n${m[1]!.trim()}`;
  // "thoughts on this one: "<ad>" worth applying?": a few words after the quote belong to the line (conv14u).
  const after = /^([^\n"“]{3,120}?)\s*(?:->|→|=>|:|—|–|-)\s*["“]([^\n"”]{60,})["”]\s*([^\n"“]{1,60})$/u.exec(
    raw.trim(),
  );
  return after && readsAsAdFragment(after[2]!)
    ? `${after[2]!.trim()}\n${after[1]!.trim()} ${after[3]!.trim()}`
    : raw;
}

/**
 * An ad the person quoted in their own line is the job they mean, whatever the model makes of
 * the line ("what do you think of this one: "<ad>" worth it?" was read as a practice question);
 * analysed when the line asks an opinion or the fit (conv14u).
 */
function quotedAdAsked(quoted: string, raw: string): { posting: string; analyse: boolean } | undefined {
  if (quoted === raw) return undefined;
  const [posting, line = ""] = quoted.split("\n");
  const asks = /\?|\b(?:think|worth|fit|chances?|should i|go for|apply|qualif\w*|good|match|ready|shot)\b/i;
  return { posting: posting!, analyse: asks.test(line) };
}

/** The plan for a short ad with the person's line under it: the ad as the target, and its fit when asked. */
export async function adAboveOwnLine(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  // "Job: <title> (<tools>), remote. this would be perfect": the ad's heading on one line.
  const labelled = labelledJob(raw);
  if (labelled) return labelled;
  const quoted = quotedAdFirst(raw);
  const below = (await postingAboveLine(quoted, context)) ?? quotedAdAsked(quoted, raw);
  if (!below) return undefined;
  const fit = below.analyse ? [call("analyze_fit")] : [];
  return { calls: [call("set_dream_job", { text: below.posting }), ...fit], awaiting: null };
}
