/**
 * "how's Siemens going?", "how's my Tesla application going?", "any news from Zalando?":
 * where one application stands, in any topic. Found trying the chat as new users: a tracked
 * company asked about after an analysis was read as a greeting ("how's … going"), and a
 * company not tracked was answered with the overall stats instead of saying it isn't tracked.
 * The company is a tracked one named as whole words (any case), or a capitalised name the
 * message calls an application ("my Tesla application") or asks news from ("heard from Tesla").
 * "did I already apply to Gap?" looks that company up (conv12n: it logged an application).
 */
import { companyNamed, trackedCompanyIn } from "./company-named.ts";
import { normalize } from "./normalize.ts";
import { extraStatus } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { call, calls, type Outcome } from "./types.ts";

/** Asking where something stands: "how's X going/looking", "status of", "any news", "heard back from". */
export const ASKS_HOW_IT_STANDS =
  /\b(?:how(?:'s|s| is| are| did)?\b.{0,40}\b(?:going|looking|doing|coming along|progressing|go)\b|status\b|any (?:news|word|updates?)\b|updates? (?:on|from)\b|heard (?:back )?from\b|what(?:'s| is) (?:happening|new|up) (?:with|at)\b)/i;

/** Other things a "how is … going" asks about: a fit, a gap, a roadmap, practice. */
const OTHER_SUBJECT =
  /\b(?:fit|gaps?|scores?|roadmap|week|skills?|learn\w*|quiz|practi[cs]e|bookmarks?|resume|cv|profile)\b/i;

/** A name the message calls an application, or asks news from. */
const NAMED_APPLICATION =
  /\b(?:my|the)\s+((?:[\p{Lu}\d][\p{L}\d&.'-]*\s+){1,3})(?:application|app|job|one)\b|\b(?:from|with|on|at)\s+((?:[\p{Lu}\d][\p{L}\d&.'-]*\s*){1,3})[?.!]*$/u;
const NEWS = /\b(?:news|word|updates?|heard)\b/i;
/** "did I already apply to Gap?", "have i applied at Apple before", "¿ya me postulé a X?": a lookup, not news. */
const APPLIED_ALREADY =
  /\b(?:(?:have|did|had)\s+i|i\s+(?:already|ever))\s+(?:already\s+|ever\s+|even\s+)?(?:appl(?:y|ied)|sen[dt]\s+(?:my\s+|an?\s+)?(?:cv|resume|application))\s+(?:to|at|for|with)\s+(.+)$/iu;
/** The capitalised name that starts the rest ("Home Depot before? i forget" -> "Home Depot"). */
const LEADING_NAME = /^(?:[\p{Lu}\d][\p{L}\d&.'-]*\s*){1,3}/u;

/** The application asked about, shown (or "No application to Tesla is tracked"), or undefined. */
export function applicationAskedAbout(
  raw: string,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const text = raw.trim();
  const lookup = APPLIED_ALREADY.exec(text);
  if (lookup && /\?|\b(?:already|before|ever|remember|forget|forgot)\b/i.test(text)) {
    const name =
      trackedCompanyIn(lookup[1]!, tracked) ?? companyNamed(LEADING_NAME.exec(lookup[1]!)?.[0], tracked);
    if (name) return calls(call("list_applications", { company: name }));
  }
  if (!ASKS_HOW_IT_STANDS.test(text) || OTHER_SUBJECT.test(text)) return undefined;
  // "heard back from Wayfair, it's a no": news told, not asked for (conv12n).
  if (!text.includes("?") && saysOutcome(text)) return undefined;
  const known = trackedCompanyIn(text, tracked);
  if (known) return calls(call("list_applications", { company: known }));
  const m = text.match(NAMED_APPLICATION);
  const name = companyNamed(m?.[1] ?? m?.[2], tracked);
  // "with X" at the end names an application only when it asks news ("any news from Tesla?").
  if (!name || (!m?.[1] && !NEWS.test(text))) return undefined;
  return calls(call("list_applications", { company: name }));
}

/** An outcome said as news: a rejection, an offer, silence, a withdrawal. */
function saysOutcome(text: string): boolean {
  const t = normalize(text);
  const status = extraStatus(t) ?? extractStatus(t);
  return (
    status === "rejected" ||
    status === "offer" ||
    status === "accepted" ||
    status === "withdrawn" ||
    status === "ghosted"
  );
}
