/**
 * "how's Siemens going?", "how's my Tesla application going?", "any news from Zalando?":
 * where one application stands, in any topic. Found trying the chat as new users: a tracked
 * company asked about after an analysis was read as a greeting ("how's … going"), and a
 * company not tracked was answered with the overall stats instead of saying it isn't tracked.
 * The company is a tracked one named as whole words (any case), or a capitalised name the
 * message calls an application ("my Tesla application") or asks news from ("heard from Tesla").
 */
import { companyNamed, trackedCompanyIn } from "./company-named.ts";
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

/** The application asked about, shown (or "No application to Tesla is tracked"), or undefined. */
export function applicationAskedAbout(
  raw: string,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const text = raw.trim();
  if (!ASKS_HOW_IT_STANDS.test(text) || OTHER_SUBJECT.test(text)) return undefined;
  const known = trackedCompanyIn(text, tracked);
  if (known) return calls(call("list_applications", { company: known }));
  const m = text.match(NAMED_APPLICATION);
  const name = companyNamed(m?.[1] ?? m?.[2], tracked);
  // "with X" at the end names an application only when it asks news ("any news from Tesla?").
  if (!name || (!m?.[1] && !NEWS.test(text))) return undefined;
  return calls(call("list_applications", { company: name }));
}
