/**
 * Plain questions about where the person stands, which the intent model reads as requests to
 * act (trial 2026-12-06, finding 9): "is it too late at my age?" (asked back "which of
 * these?"), "do I still qualify after 6 years out?" ("Which job should I compare you to?"),
 * "how many years experience did you count" (application stats), "hi again, where was I?"
 * ("Hello!" only), "what did you get from it" right after a resume ("I'm not sure which you
 * mean"). Each is answered from the stored facts (tools/advice/standing.ts, words in
 * standing-words.ts) or, for the resume, by the profile it filled. English first, with the
 * common ways of asking in es/pt/fr/de/Hinglish; lines for the intent model are in the note.
 */

import type { Focus } from "../graph/focus.ts";
import { TARGET_SAID } from "./background-phrases.ts";
import { namesWorkWanted } from "./fit-asked-in-story.ts";
import { call, type Outcome, say } from "./types.ts";

const AGE = [
  /\b(?:too (?:late|old)|at my age|for my age|(?:does|will) (?:my )?age (?:matter|count|hurt|be a problem)|age (?:discrimination|bias|is (?:a|an) (?:problem|issue))|(?:am i|i'?m) (?:getting )?too old)\b/,
  /\b(?:demasiado (?:tarde|viej[oa]|mayor)|a mi edad|tarde demais|velh[oa] demais|na minha idade|trop (?:tard|vieux|vieille|âgée?)|à mon âge|zu (?:spät|alt)|in meinem alter|meri (?:umar|umr|age)|umar (?:mein|me|zyada)|bahut der)\b/u,
];

/** A break from work named: "6 years out", "after a long break", "been home with my kids". */
const BREAK =
  /\b(?:\d+|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|yrs?|months?)\s+(?:out|off|away|at home|of(?:f| not) working|break)\b|\b(?:career |long |a )?break\b|\btime off\b|\bout of (?:work|the workforce|the field)\b|\bstay(?:ed|ing)? (?:at )?home\b/;
/** …and asked whether they still count: qualify, a chance, employable. */
const STILL =
  /\b(?:still|even|really)\b.*\b(?:qualif\w*|a fit|fit|employable|hire\w*|have a chance|stand a chance|good enough|relevant|count|matter)\b|\b(?:can|could) i (?:still )?(?:get|land|find) (?:a |the )?(?:job|work|role)\b|\bwill (?:anyone|employers?|they) (?:still )?(?:hire|want|take)\b/;

const YEARS_COUNTED = [
  /\bhow (?:many|much) (?:years?|yrs?)(?: of)?(?: (?:work )?experience)?\b.*\b(?:(?:did|do|have) you (?:count|see|use|give|find|take|get|think)|counted|do (?:i|you think i) have|have i got|are you counting|on my profile)\b/,
  /\bhow (?:much|many years of) experience (?:do you think i have|did you (?:count|find|see|give me)|are you counting)\b/,
  /\bwhy (?:does it|do you|did you|is it) (?:say|show|count|give|saying|showing)\b.*\b(?:\d+|zero|no) (?:years?|yrs?)\b/,
  /\bwhere did (?:the|my|those|these|that) (?:\d+ )?(?:years?|yrs?)\b.*\bcome from\b/,
];

const RECAP = [
  /\bwhere (?:was i|were we|am i at|are we at|did (?:we|i) (?:leave off|stop|get to|leave it))\b/,
  /\b(?:catch me up|recap|remind me (?:where|what) (?:we|i) (?:were|was|are|am)(?: (?:at|doing|up to))?|what was i (?:doing|working on|up to))\b/,
  /\b(?:d[oó]nde me qued[eé]|en qu[eé] (?:nos )?quedamos|onde (?:eu )?parei|onde (?:a gente )?paramos|o[uù] (?:j'en |on en )?(?:[ée]tais|[ée]tait)(?:-je)?|wo (?:war ich|waren wir|bin ich stehen geblieben)|main kahan tha|hum kahan the)\b/u,
];

/**
 * A recap of one thing ("… with my applications", "… my profile", "… with the Stripe one": conv16u) is
 * that thing's own request.
 */
const NAMES_ONE_THING =
  /\b(?:applications?|apps|profile|skills?|roadmap|plan|resume|cv|interviews?|practice|questions?|bookmarks?|reminders?|gaps?|analys[ie]s|score|progress|week \d)\b|\bwith (?:the |my |that )?[\p{L}\p{N}&.'-]+(?: [\p{L}\p{N}&.'-]+)? (?:one|job|role|position|gig|opening)\b/u;

/** "what did you get from it" — what was read from the resume just sent. */
const WHAT_READ =
  /\bwhat (?:did|have|'?d) you (?:get|got|read|pull(?:ed)?|take|took|find|found|extract(?:ed)?|see|saw|pick(?:ed)? up|learn(?:ed|t)?|save[d]?)\b/;
const NAMES_RESUME = /\b(?:resume|résumé|cv|my file)\b/;

const READ_RESUME = new Set(["read_resume", "upload_resume"]);

export function plainQuestion(raw: string, focus: Focus): Outcome | undefined {
  const t = raw.toLowerCase();
  if (t.length > 220) return undefined;
  // "where am I at with my applications", "recap my profile": one thing named is that thing's request.
  if (RECAP.some((re) => re.test(t)) && !NAMES_ONE_THING.test(t)) return say("advice", undefined, "recap");
  // "I want some library assistant work, is that realistic at my age": a job wanted beside it is
  // the fit question (fit-asked-in-story.ts), not the general answer about age.
  if (AGE.some((re) => re.test(t)) && !TARGET_SAID.some((re) => re.test(raw)) && !namesWorkWanted(raw))
    return say("advice", undefined, "age");
  if (YEARS_COUNTED.some((re) => re.test(t))) return say("advice", undefined, "experience_counted");
  if (BREAK.test(t) && STILL.test(t)) return say("advice", undefined, "time_out");
  const afterResume = READ_RESUME.has(focus.lastCall?.name ?? focus.lastIntent ?? "");
  if (WHAT_READ.test(t) && (afterResume || NAMES_RESUME.test(t))) return { calls: [call("show_profile")] };
  return undefined;
}
