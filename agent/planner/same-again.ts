/**
 * "same thing but in Berlin", "same again but for Python", "same role but remote", "what about
 * Paris instead?": the last
 * request again with one thing changed (issue 12, dialogue state). The change alone is not a
 * request of its own ("in Berlin" read as a location preference, "remote" as a remote
 * preference), and the request alone would repeat itself; together they are the last
 * request with the new detail. A target job keeps its title: "same thing" is that role.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { namesKnownRole, roleAcronymsIn } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { meantPart, opensCorrection, withoutOpener } from "./correction-opener.ts";
import { targetWithoutWorkPattern } from "./work-pattern-in-target.ts";

const SAME_BUT =
  /^(?:(?:ok(?:ay)?|and|now|then)[\s,]+)?(?:the\s+)?same(?:\s+(?:thing|again|one|role|job|search|list|question|kind))?[\s,]*(?:but|except)\s+(.+?)[\s.!]*$/i;

/** "same for week 4", "the same with Python please": the last request again for another thing. */
const SAME_FOR =
  /^(?:(?:ok(?:ay)?|and|now|then)[\s,]+)?(?:the\s+)?same(?:\s+(?:thing|again|one|please|pls))?\s+(?:for|with)\s+(.+?)[\s.!?]*$/i;

/** "what about in Paris instead?", "how about remote instead": the change, said as an alternative. */
const INSTEAD =
  /^(?:(?:ok(?:ay)?|and|now|then|hmm+)[\s,]+)?(?:what|how)\s+about\s+(.+?)[\s,]+instead[\s.!?]*$/i;

/**
 * "and for product manager?", "what about as a data analyst?", "¿y para analista de datos?",
 * "e como enfermeira?", "et pour chef de projet ?", "und als Datenanalyst?": the last request
 * for another thing, in each language the chat reads. A question word after "para / pour / für"
 * ("y para qué sirve?") asks something else, and so does "como" before a pronoun or a verb of
 * one's own: "y como lo aprendo?" / "y como aprendo docker?" is "how", not "as" (it set a target
 * named "lo aprendo"; conv12n found the second).
 */
const AND_FOR =
  /^[¿¡]?(?:(?:and|so|ok(?:ay)?|then|y|e|et|und|aur)[\s,]+(?:(?:what|how)\s+about\s+|qu[eé]\s+tal\s+|e\s+)?|(?:what|how)\s+about\s+|qu[eé]\s+tal\s+)(?:for|as|para|pra|como|pour|comme|en tant que|für|fuer|als)\s+(?!(?:qu[eé]|quoi|was|what|when|cuando|quando|quand|wann|me|mí|mim|moi|mich|mir|it|this|that|eso|esto|isso|ça|das|lo|la|los|las|le|les|se|te|nos|yo|eu|puedo|posso|hago|faço|faco|(?:aprend|empiez|empec|comienz|estudi|practic|consig|mejor|prepar|come[cç]|melhor|consigo)\p{L}*)(?![\p{L}]))(?:(?:an?|una?|uma?|une?|le|la|el|o|a|eine?n?)\s+)?([^\s?.!]+(?:\s+[^\s?.!]+){0,4})[\s.!?]*$/iu;

/** "what about remote?", "how about 90k?": a change only when it states a preference. */
const WHAT_ABOUT = /^(?:(?:and|so|ok(?:ay)?|then)[\s,]+)?(?:what|how)\s+about\s+(.+?)[\s.!?]*$/i;

/** What the correction changes the request to, after "I meant" / "make it" / "change it to". */
const CHANGE = /^(?:make\s+it|change\s+it\s+to)\s+(.+?)[\s.!?]*$/iu;
const CORRECTABLE = new Set(["set_dream_job", "set_reminder", "set_preferences", "analyze_fit", "reanalyze"]);

/**
 * "actually I meant Berlin", "no, make it wednesday": the last request with the detail corrected.
 * "make it …" needs the word that corrects ("make it intermediate" alone changes a skill's level).
 * Corrections of an application's status have their own plan (application-plans.ts: the change
 * is moved and taken back), so only these requests are corrected here.
 *
 * The corrected detail when the last request is one a correction redoes, else undefined.
 */
export function correctedDetail(raw: string, lastIntent: string | undefined): string | undefined {
  if (!lastIntent || !CORRECTABLE.has(lastIntent)) return undefined;
  const opened = opensCorrection(raw);
  // "I said I'd relocate" alone is no correction; "I meant Berlin" and "no, I said Berlin" are.
  const meant = opened || /^i\s+meant\b/iu.test(raw.trim()) ? meantPart(raw) : undefined;
  // "make it wednesday" alone changes a skill's level; after "no," / "actually" it corrects.
  const changed = opened ? CHANGE.exec(withoutOpener(raw))?.[1] : undefined;
  // "I said career advisor, not parts salesperson": what was refused is no part of the change.
  return (
    (meant ?? changed)
      ?.replace(REFUSED, "")
      .replace(/[\s.!?]+$/u, "")
      .trim() || undefined
  );
}

/** ", not Y" / "instead of Y" / ", no Y" at the end: the reading refused (trial17 §1, leftover d). */
const REFUSED =
  /\s*,?\s*(?:(?<![\p{L}])(?:not|instead of|rather than|pas|nicht|não|nao)|,\s*no)\s+(?:an?\s+|the\s+|un[ae]?\s+|el\s+|la\s+|o\s+|a\s+|le\s+|ein(?:e|en)?\s+)?[^,.;!?]+[.!?]*$/iu;

/** "no! I said part-time career advisor, not …": a correction naming a role, whatever else it says. */
export function correctsToRole(raw: string, lastIntent: string | undefined): boolean {
  const change = correctedDetail(raw, lastIntent);
  return change !== undefined && namesRoleBesideWorkPattern(change);
}

/** Words left of a change once its kind of employment is out ("part-time career advisor"): a role. */
function namesRoleBesideWorkPattern(change: string): boolean {
  const rest = targetWithoutWorkPattern(change)
    .replace(/^(?:a|an|as|as an?|for|for an?)\s+/i, "")
    .trim();
  if (!/\p{L}{3,}/u.test(rest) || rest.split(/\s+/).length > 5) return false;
  if (/^(?:please|pls|only|job|work|role|position|instead|then|roles|jobs)$/i.test(rest)) return false;
  return !statesPreference(rest) && rest.toLowerCase() !== change.toLowerCase();
}

/** A bare place name ("Berlin", "New York"); a short all-capitals word is a role ("PM", "QA"). */
const namesPlace = (change: string) =>
  /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u.test(change) &&
  !/^\p{Lu}{1,4}$/u.test(change) &&
  statesPreference(`in ${change}`);

const statesPreference = (text: string) => Object.keys(preferencesIn(text)).length > 0;

/** "SRE", "a DS role": a role acronym and at most a word of kind around it. */
const isRoleAcronymAlone = (text: string) =>
  roleAcronymsIn(text).length === 1 && text.trim().split(/\s+/).length <= 3;

/** The change a "same … but …" message asks for, or undefined when it is not one. */
export function sameButChange(raw: string): string | undefined {
  const text = raw.trim();
  const asked = WHAT_ABOUT.exec(text)?.[1];
  // "what about SRE?": a role acronym alone is another role to check (trial12e: it was read
  // as a gap named "SRE", or asked back).
  const acronym = asked && isRoleAcronymAlone(asked) ? asked : undefined;
  const preference = asked && statesPreference(asked) ? asked : acronym;
  const change =
    (SAME_BUT.exec(text) ?? SAME_FOR.exec(text) ?? INSTEAD.exec(text) ?? AND_FOR.exec(text))?.[1] ??
    preference;
  return change?.replace(/\s+(?:please|pls|plz)$/i, "").trim() || undefined;
}

/** Requests about the roadmap: a week named after one is that week. */
const ROADMAP_REQUESTS = new Set(["create_roadmap", "show_roadmap", "record_progress"]);

/** Requests about the fit with the job in focus: "and for X?" after one is the fit for X. */
const ABOUT_THE_FIT = new Set(["analyze_fit", "reanalyze", "explain_score", "explain_gap"]);

/**
 * Which request the last one becomes with the change, and the words to plan it from. After a
 * fit check, a stated pay, place or work mode ("what about remote?") is that preference for
 * the job in focus (stored, the job scored again); anything else names another role to check.
 */
export function changedRequest(
  lastIntent: string,
  change: string,
  focus: Focus,
  corrected = false,
): [string, string] {
  // "what about week 2 instead" over a roadmap: that week shown, not a new roadmap.
  if (ROADMAP_REQUESTS.has(lastIntent) && /\bweek\s*\d+\b/i.test(change)) return ["show_roadmap", change];
  // "am I a fit for data engineer?" plans the target then the check: the check was the request.
  const checked =
    ABOUT_THE_FIT.has(lastIntent) || (lastIntent === "set_dream_job" && focus.topic === "analysis");
  if (!checked) return [lastIntent, lastRequestChanged(lastIntent, change, focus)];
  if (statesPreference(change) || /\d/.test(change)) return ["set_preferences", change];
  // "actually I meant Berlin" after a fit check: a place ("und als Projektleiter?" is a role).
  if (corrected && namesPlace(change)) return ["set_preferences", `in ${change}`];
  return ["analyze_fit", `am I a fit for ${change.replace(/^(?:for|as)\s+/i, "")}`];
}

/**
 * "what about sales manager?" right after a fit check: the fit for that role, when the words
 * name a known role and no gap of the analysis ("what about Python?" is that gap). Found
 * trying the chat as a salesperson: it answered "sales manager is not among the gaps".
 */
export async function roleAskedAboutAfterFit(
  raw: string,
  lastIntent: string | undefined,
  focus: Focus,
): Promise<string | undefined> {
  const asked = WHAT_ABOUT.exec(raw.trim())?.[1]?.replace(/\s+(?:role|job|position)$/i, "");
  if (!asked || !lastIntent || !ABOUT_THE_FIT.has(lastIntent) || statesPreference(asked)) return undefined;
  // "what about my education score?", "what about the second one?": something of this analysis.
  if (/^(?:my|the|your|this|that|it|its)(?![\p{L}])/iu.test(asked)) return undefined;
  const gaps = (focus.gaps ?? []).map((g) => g.toLowerCase());
  if (gaps.includes(asked.toLowerCase())) return undefined;
  return (await namesKnownRole(asked)) ? `am I a fit for ${asked}` : undefined;
}

/** The message the last request would be with the change: a target keeps its title. */
export function lastRequestChanged(lastIntent: string, change: string, focus: Focus): string {
  if (lastIntent !== "set_dream_job" || !focus.jobTitle) return change;
  // "what about Porto instead": a bare name is a place; a change that says no place, pay or
  // work mode ("what about data scientist instead") is another role.
  // A role acronym ("no, I meant SRE") is a role, not a place (trial12e).
  const place = /^\p{Lu}/u.test(change) && !isRoleAcronymAlone(change) && statesPreference(`in ${change}`);
  const wants = statesPreference(change) || /\d/.test(change) ? change : place ? `in ${change}` : undefined;
  // "part-time career advisor": a role with how much they want to work, not the old title part-time.
  if (!wants || namesRoleBesideWorkPattern(change)) return `I want to be a ${change}`;
  // The title alone before a comma: "Back End Engineer based in Madrid" read as one title
  // matched another role (Web Developer); the change after the comma is what the role wants.
  return `I want to be a ${focus.jobTitle}, ${wants}`;
}
