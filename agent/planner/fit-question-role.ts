/**
 * "could I get a job as a data analyst?", "do I have what it takes to be a sales manager?":
 * a fit question whose role the fit rules do not read (their patterns know "am I a fit for …"
 * and kin). The model reads the fit check; the role after an English lead-in ("job as", "be",
 * "become"; the other languages' lead-ins are statesRoleInOtherLanguage's, in the plan) is set
 * first, when the role data knows it or knows the several roles it could mean (then the tool
 * asks which). Found trying
 * the chat as a designer: the check ran with no role and asked "Which job should I compare you
 * to?", losing the role just named.
 */

import { GRADE_WORDS, wordKeys } from "../../tools/jobs/role-finder.ts";
import { rolePhrase } from "../../tools/jobs/role-lead-ins.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { CONFIDENCE, outcomeOf, read } from "./reading.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** The fit check with the role its question names set first, or undefined to leave it as planned. */
export async function fitQuestionWithRole(
  outcome: Outcome,
  raw: string,
  focus: Focus,
): Promise<Outcome | undefined> {
  if (outcome.calls.length !== 1 || outcome.calls[0]!.name !== "analyze_fit") return undefined;
  // A question of a line; a pasted ad or resume with a question after it is read as such.
  if (raw.includes("\n") || raw.trim().split(/\s+/).length > 16) return undefined;
  const find = await loadRoleFinder();
  const { phrase } = rolePhrase(raw);
  // A role after a lead-in; with none (the phrase is the whole message), a role named as the
  // kind of a job ("is a data analyst job realistic for me"), or the message when it is nothing
  // but a title ("junior data analyst", read as a fit check, asked "Which job should I compare
  // you to?"), never a title word inside a question ("judge my chances").
  // "welder, 12 years, knees shot. welding inspector?": a story, then a title asked alone — the wish (conv14u).
  const wished = storyThenTitle(raw, find);
  if (wished) return { ...outcome, calls: [call("set_dream_job", { text: wished })] };
  const role =
    phrase === raw.trim()
      ? (roleOfJobWord(raw, find) ?? wholeTitle(raw, find))
      : phrase.replace(/[?.!]+$/, "").trim();
  if (!role || role.length < 2 || role.split(/\s+/).length > 6) return undefined;
  // Word for word (no stems or respelling): "am I ready to be promoted?" names no promoter.
  const found = find(role, { loose: false });
  // The target itself named ("… para registered nurse?" with nurse set): the check as planned.
  if (found && focus.jobTitle && find(focus.jobTitle)?.role.code === found.role.code) return undefined;
  const known = found !== undefined || (find.choices?.(role).length ?? 0) >= 2;
  return known
    ? { ...outcome, calls: [call("set_dream_job", { text: role }), outcome.calls[0]!] }
    : undefined;
}

/** The last sentence, asked, when it is only a title after at least one sentence told before it. */
export function storyThenTitle(raw: string, find: RoleFinder): string | undefined {
  const sentences = raw.trim().split(/(?<=[.!])\s+/);
  const last = sentences.at(-1) ?? "";
  if (sentences.length < 2 || !last.endsWith("?")) return undefined;
  const said = last
    .replace(/^(?:maybe|perhaps|what about|how about|thinking)\s+(?:an?\s+)?/i, "")
    .replace(/[?]+$/, "");
  const found = said.split(/\s+/).length <= 6 ? find(said, { loose: false }) : undefined;
  if (!found) return undefined;
  // Words beside the title's own may say the field ("equine product sales rep"): still that title,
  // while the title's words are at least as many.
  const titleWords = new Set(wordKeys(found.matchedTitle));
  const other = wordKeys(said).filter((w) => !GRADE_WORDS.has(w) && !titleWords.has(w));
  return other.length <= 2 && wordKeys(said).length - other.length >= Math.max(1, other.length)
    ? said
    : undefined;
}

/** Readings that act on nothing: a message that is only a known title is better read as the target. */
const NO_ACTION = new Set([
  "refusal_harmful",
  "refusal_out_of_scope",
  "unknown",
  "clarify",
  "nothing_to_confirm",
]);
/** "podcast producer pls", "line cook then": a word that asks or closes, after the title (conv14u). */
const AFTER_TITLE = /[\s,]+(?:pls|plz|please|then|maybe|i guess|ig|thx|thanks|lol)$/i;

/**
 * "people ops manager" alone was refused as harmful (lead trial, an HR generalist): a message
 * that is nothing but a title the role data knows, read as no action, sets the target.
 */
export async function bareTitleAsTarget(outcome: Outcome, raw: string): Promise<Outcome | undefined> {
  // The model read the target but kept the whole story as its words ("plumber, 16 yrs, … inspector?").
  const only = outcome.calls.length === 1 ? outcome.calls[0]! : undefined;
  if (only?.name === "set_dream_job" && only.args.text === raw.trim()) {
    const wished = storyThenTitle(raw, await loadRoleFinder());
    return wished ? { calls: [call("set_dream_job", { text: wished })] } : undefined;
  }
  if (outcome.calls.length > 0 || !NO_ACTION.has(outcome.say?.kind ?? "")) return undefined;
  if (raw.includes("\n") || raw.trim().split(/\s+/).length > 24) return undefined;
  const find = await loadRoleFinder();
  const role = raw.trim().split(/\s+/).length > 6 ? storyThenTitle(raw, find) : wholeTitle(raw, find);
  return role ? { calls: [call("set_dream_job", { text: role })] } : undefined;
}

/** The message, when it is a title the role data knows and nothing more. */
export function wholeTitle(raw: string, find: RoleFinder): string | undefined {
  const said = raw
    .replace(/[?.!]+$/, "")
    .trim()
    .replace(AFTER_TITLE, "");
  const found = find(said, { loose: false });
  return found && isOnlyTitle(said, found.matchedTitle) ? said : undefined;
}

/** Every word said, but for grades ("junior", "senior"), is a word of the title found. */
export function isOnlyTitle(said: string, title: string | undefined): boolean {
  if (!title) return false;
  const titleWords = new Set(wordKeys(title));
  return wordKeys(said).every((w) => GRADE_WORDS.has(w) || titleWords.has(w));
}

type RoleFinder = Awaited<ReturnType<typeof loadRoleFinder>>;

/** "a data analyst job", "a UX designer role": the words before an English job word. */
const BEFORE_JOB_WORD =
  /([\p{L}\p{N}/&+'-]+(?:\s+[\p{L}\p{N}/&+'-]+){0,5})\s+(?:job|role|position|career|gig)s?\b/iu;

/**
 * The longest run of words just before a job word that is a title the role data knows, every
 * word of it in the title found ("is a data analyst job realistic" -> "data analyst", not
 * "is a data analyst"). "is this job right for me" names no role: no run of it is a title.
 */
export function roleOfJobWord(raw: string, find: RoleFinder): string | undefined {
  const before = raw.match(BEFORE_JOB_WORD)?.[1]?.split(/\s+/) ?? [];
  for (let k = 0; k < before.length; k++) {
    // An article starts no title ("a data analyst" is said "data analyst").
    if (/^(?:an?|the)$/i.test(before[k]!)) continue;
    const run = before.slice(k).join(" ");
    const match = find(run, { loose: false });
    if (!match) continue;
    const title = new Set(wordKeys(match.matchedTitle));
    if (wordKeys(run).every((w) => title.has(w) || GRADE_WORDS.has(w))) return run;
  }
  return undefined;
}

/** ", is that realistic?", " - could I do it?": a question after the role, set apart by a comma or dash. */
const QUESTION_AFTER_ROLE =
  /\s*(?:[,;]|\s[-–—]|\.\.\.)\s+((?:(?:but|so|and|like|honestly|tbh)\s+)?(?:is|isn'?t|could|can|do|does|am|would|will|should|realistically|realistic|possible|doable)\b[^,;]*)$/i;

/**
 * "i wanna switch to ux design, is that realistic?": the target is the words before the
 * question (the role was set as "ux design, could i do it"), and a question the model reads
 * as the fit, even unsure of it (the question is about the role just named), checks it.
 * Found trying the chat as a nurse moving into UX (trial12f).
 */
export async function targetThenQuestion(
  outcome: Outcome,
  raw: string,
  context: PlanContext,
): Promise<Outcome | undefined> {
  const [only] = outcome.calls;
  if (outcome.calls.length !== 1 || only!.name !== "set_dream_job" || raw.includes("\n")) return undefined;
  const text = String(only!.args.text ?? "");
  const tail = text.match(QUESTION_AFTER_ROLE);
  if (!tail || tail.index === undefined || tail.index < 2) return undefined;
  const role = text.slice(0, tail.index).trim();
  const asked = await read(tail[1]!, context);
  const fit = asked.intent === "analyze_fit" || asked.ranked[0]?.intent === "analyze_fit";
  // Another request asked after the role ("…, should i make a roadmap?") runs after it is set.
  const then = fit
    ? [call("analyze_fit")]
    : asked.score >= CONFIDENCE
      ? outcomeOf(asked, { ...context, focus: { ...context.focus, jobTitle: role } }).calls
      : [];
  return { ...outcome, calls: [call("set_dream_job", { text: role }), ...then] };
}
