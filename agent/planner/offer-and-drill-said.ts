/**
 * Three things said about one application that trial13 (finding 11) saw misread:
 * - an offer told with its role ("and Lumen offered me a return offer!! data engineer"): an
 *   offer, and a company never logged is logged at offer with that role (it was logged as
 *   "applied", role not given, because the message came right after logging another one);
 * - a status corrected ("Harbin Row is an offer, not applied", "Acme should be rejected not
 *   applied"): that application moved to the status said (it was refused as already tracked);
 * - "drill me for the Pellston phone screen": practice for that application's role (it was
 *   read as news of a phone screen and failed "already marked phone screen").
 */
import { DECLINED_OFFER } from "./declined-offer.ts";
import { extraStatus, trackedIn } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** An offer told as news: "offered me an offer", "gave me an offer", "got a return offer from", "offered me the job". */
const OFFER_NEWS =
  /\b(?:offered|gave|made|extended|sent|got|received|have|has)\s+(?:me\s+)?(?:an?|the|their|a\s+\w+)\s+(?:[\w-]+\s+){0,2}offer\b|\boffered me the (?:job|role|position)\b|\b(?:return|job|full[- ]time|verbal|written) offer\b/i;
/** Asked, wished or denied, not told. */
const NOT_NEWS =
  /\?\s*$|^(?:should|can|could|how|what|when|will|would|do|does|did|is|if)\b|\b(?:no|not|never|didn'?t|don'?t|haven'?t|hasn'?t|hope|hoping|if|might|maybe|negotiat\w*)\b/i;
/** Words of the news itself, which never name a role said after it. */
const NEWS_WORDS =
  /\b(?:offer|offered|me|i|they|we|yay|omg|lol|so|really|excited|happy|finally|wow|thanks?|today|yesterday|salary|base|k)\b|\d/i;

/** The capitalised company the news names: before its verb ("Lumen Freight offered"), or "offer from Lumen". */
function companyOfNews(raw: string): string | undefined {
  const from =
    /\boffer\s+(?:from|at|with)\s+([\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&.'’-]*){0,3})/u.exec(
      raw,
    );
  if (from) return from[1];
  const before =
    /(?:^|[,;!.]\s*|\b(?:and|so|also|oh|omg|yay|guess what)\s+)([\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d&.'’-]*){0,3})\s+(?:just\s+|finally\s+|actually\s+)?(?:offered|gave|made|extended|sent)\b/u.exec(
      raw,
    );
  return before?.[1];
}

/** The role said after the news ("…!! data engineer", "… — backend engineer") or with "for"/"as". */
function roleOfNews(raw: string): string | undefined {
  const said =
    /\b(?:for|as)\s+(?:an?\s+|the\s+)?([a-z][\w/&+ -]{2,40}?)\s*(?:role|position|job)?\s*(?:[!.]+|$)/i.exec(
      raw,
    );
  const tail = raw
    .split(/[!,;:—–]+|\s-\s|\.\s/)
    .map((p) => p.trim())
    .filter(Boolean)
    .at(-1);
  for (const role of [said?.[1], tail])
    if (role && role !== raw.trim() && role.split(/\s+/).length <= 5 && !NEWS_WORDS.test(role))
      return role.trim();
  return undefined;
}

/** "and Lumen offered me a return offer!! data engineer": the offer, logged with its role when never tracked. */
export function offerNews(raw: string, context: PlanContext): Outcome | undefined {
  const text = raw.trim();
  if (!OFFER_NEWS.test(text) || NOT_NEWS.test(text) || DECLINED_OFFER.test(text.toLowerCase()))
    return undefined;
  const tracked = trackedIn(text.toLowerCase(), context.tracked ?? []);
  if (tracked)
    return { calls: [call("update_application_status", { application: tracked, status: "offer" })] };
  const company = companyOfNews(text);
  if (!company) return undefined;
  const position = roleOfNews(text.slice(text.indexOf(company) + company.length));
  // Never logged and no role said: logged from the news, which asks the role (untracked-news.ts).
  return position
    ? { calls: [call("add_application", { company, position, status: "offer" })] }
    : { calls: [call("update_application_status", { application: company, status: "offer" })] };
}

/** "X is an offer, not applied", "X should be rejected not applied", "it's at interview not saved". */
const CORRECTED =
  /^(?:no,?\s+|actually,?\s+|wait,?\s+|sorry,?\s+)*(.+?)(?:\s+(?:is actually|should say|should be|is|was)|'s|’s)\s+(?:an?\s+|at\s+|in\s+)?(.+?)[\s,]+(?:not|instead of|rather than)\s+(?:an?\s+)?(\w+(?:\s\w+)?)[\s.!]*$/i;

/** A status corrected by name: that application moved to the status said. */
export function statusCorrected(raw: string, context: PlanContext): Outcome | undefined {
  const m = CORRECTED.exec(raw.trim());
  if (!m) return undefined;
  const [, who = "", said = "", was = ""] = m;
  const status = extraStatus(said.toLowerCase()) ?? extractStatus(said.toLowerCase());
  const before = extraStatus(was.toLowerCase()) ?? extractStatus(was.toLowerCase());
  // Both sides must be statuses: "Acme is a startup not a bank" corrects nothing here.
  if (!status || !before || status === before) return undefined;
  const pointed = /^(?:it|that(?: one)?|this(?: one)?)$/i.test(who.trim());
  const application = pointed
    ? context.focus.application?.company
    : trackedIn(who.toLowerCase(), context.tracked ?? []);
  return application ? { calls: [call("update_application_status", { application, status })] } : undefined;
}

/** Asking to be drilled or prepared for an interview ("drill me for", "prep me for", "quiz me before"). */
const DRILL =
  /\b(?:drill|quiz|grill|prep|prepare|practi[cs]e|mock[- ]interview|run me through|help me (?:prep|prepare|practi[cs]e))\b(?:\s+me)?(?:\s+(?:for|before|on|with))\b/i;
/** An interview named in the request ("the Pellston phone screen", "my Acme interview"). */
const INTERVIEW = /\b(?:interview|screen|screening|round|onsite|on-site|call|assessment)\b/i;

/** "drill me for the Pellston phone screen": practice for that tracked application's role. */
export function drillForApplication(raw: string, context: PlanContext): Outcome | undefined {
  const t = raw.toLowerCase();
  if (!DRILL.test(t) || !INTERVIEW.test(t)) return undefined;
  // "the pellston phone screen" for Pellston Analytics: the company's first word is enough here.
  const application =
    trackedIn(t, context.tracked ?? []) ??
    context.tracked?.find((c) => {
      const first = c.toLowerCase().split(/\s+/)[0] ?? "";
      return first.length >= 4 && new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(t);
    });
  if (!application) return undefined;
  return { calls: [call("practice_question", { application })] };
}
