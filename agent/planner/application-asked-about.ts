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
import { interviewWhenAsked } from "./interview-when-asked.ts";
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
/**
 * The same lookup in the chat's other languages, the name after the preposition: "¿ya me postulé a
 * Bimbo?", "j'ai déjà postulé chez Airbus ?", "hab ich mich schon bei BMW beworben?", "já me
 * candidatei na Natura?", "kya maine Infosys mein apply kiya tha?".
 */
const APPLIED_ALREADY_OTHER = [
  // es, fr, pt are told with the same words (asked only with "?"); de and hi ask by word order or "kya".
  /\bya\s+me\s+(?:postul[eé]|apliqu[eé]|candidat[eé])\s+(?:a|en|para|con)\s+(.+)$/iu,
  /\bj['’]ai\s+d[ée]j[àa]\s+(?:postul[ée]|candidat[ée])\s+(?:chez|à|a|pour|au)\s+(.+)$/iu,
  /\bhab(?:e)?\s+ich\s+mich\s+(?:schon|bereits)\s+bei\s+(.+?)\s+beworben/iu,
  /(?:^|\s)j[áa]\s+me\s+candidatei\s+(?:na|no|à|a|em|pra|para)\s+(.+)$/iu,
  /\bkya\s+maine\s+(?:pehle\s+)?(.+?)\s+(?:mein|me|ko|pe)\s+(?:pehle\s+)?apply\s+(?:kiya|kara|kar)/iu,
];

/** The capitalised name that starts the rest ("Home Depot before? i forget" -> "Home Depot"). */
const LEADING_NAME = /^(?:[\p{Lu}\d][\p{L}\d&.'-]*\s*){1,3}/u;

/** The application asked about, shown (or "No application to Tesla is tracked"), or undefined. */
export function applicationAskedAbout(
  raw: string,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const text = raw.trim();
  const when = interviewWhenAsked(text, tracked); // "when is my Acme interview?"
  if (when) return when;
  const lookup = APPLIED_ALREADY.exec(text);
  const asked = /\?|\b(?:already|before|ever|remember|forget|forgot)\b/i.test(text);
  // In Spanish, French and Portuguese the same words tell it ("ya me postulé a Bimbo"): only asked with "?".
  const other = APPLIED_ALREADY_OTHER.filter((_, i) => i === 2 || i === 4 || /[?¿]/.test(text));
  const rest = lookup && asked ? lookup[1] : other.map((p) => p.exec(text)?.[1]).find(Boolean);
  if (rest) {
    const lead = LEADING_NAME.exec(rest)?.[0] ?? rest.split(/[\s?.!¿]+/)[0];
    const name = trackedCompanyIn(rest, tracked) ?? companyNamed(lead, tracked);
    if (name) return calls(call("list_applications", { company: name }));
  }
  if (!ASKS_HOW_IT_STANDS.test(text) || OTHER_SUBJECT.test(text)) return undefined;
  // "heard back from Wayfair, it's a no": news told, not asked for (conv12n).
  // "heard back from Stripe, phone screen next wed": a stage reached, told (conv14u).
  if (!text.includes("?") && (saysOutcome(text) || (HEARD_BACK.test(text) && saysStage(text))))
    return undefined;
  const known = trackedCompanyIn(text, tracked);
  if (known) return calls(call("list_applications", { company: known }));
  const m = text.match(NAMED_APPLICATION);
  const name = companyNamed(m?.[1] ?? m?.[2], tracked);
  // "with X" at the end names an application only when it asks news ("any news from Tesla?").
  if (!name || (!m?.[1] && !NEWS.test(text))) return undefined;
  return calls(call("list_applications", { company: name }));
}

/** An outcome said as news: a rejection, an offer, silence, a withdrawal. */
const HEARD_BACK = /\bheard back\b|\bgot back to me\b|\bgot a (?:call|reply|response|email) from\b/i;

/** A stage past applying said ("phone screen", "second round"). */
function saysStage(text: string): boolean {
  const t = normalize(text);
  const status = extraStatus(t) ?? extractStatus(t);
  return status !== undefined && status !== "applied" && status !== "saved";
}

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
