/**
 * Saved data changes only when the person says something happened or asks for the change.
 * A question about a stage ("what shud i say in the phone screen"), a hypothetical ("what if
 * they reject me") or a plan not yet carried out ("I'm going to apply to Google") can read as
 * a write to the intent model, because it names the same things a statement does. Such a
 * message gets a question back with quick replies (the write said plainly, and the likeliest
 * readings that change nothing) instead of the write: a wrong guess there costs one tap, a
 * wrong write changes what the person tracks without them asking.
 */
import type { PlannedCall, ToolName } from "../tools/schemas.ts";
import { type Choice, choicesFor } from "./clarify.ts";
import type { Outcome } from "./types.ts";

/** Tools that change what is stored about the person (not the target job or an analysis run). */
export const GUARDED: ReadonlySet<ToolName> = new Set<ToolName>([
  "add_skill",
  "update_skill",
  "remove_skill",
  "add_profile_entry",
  "add_application",
  "update_application_status",
  "delete_application",
  "record_progress",
  "bookmark_question",
  "remove_bookmark",
  "set_preferences",
  "set_reminder",
  "cancel_reminder",
]);

/** Openers that only fill ("so", "ok", "quick question:") before the message proper. */
const FILLER = /^(?:(?:so|ok|okay|hey|hi|um|uh|well|and|but|also|btw|quick question|question)[\s,:!-]+)*/;

/** A question asking how or what to do ("what shud i say…", "how do I prep for…"), in common spellings. */
const WH_QUESTION =
  /^(?:what|wat|wht|whats|what's|how|hw|why|where|which|who|when)\s+(?:should|shud|shld|sould|shall|do|does|did|can|could|would|will|is|are|am|to|might|may|kind|sort|type)\b/;

/** A yes/no question about what to do or whether something is so (not "can you add…", a request). */
const YES_NO_QUESTION =
  /^(?:should|shud|shld|shall|would it|will it|is(?! you\b)|are(?! you\b)|was|were|do i|does it|does that|did i|did they|am i|might)\b/;

/** A wish to be something ("i wanna be a logistics coordinator"): a goal, not a role held. */
const WISH =
  /\b(?:want to|wanna|would like to|i'd like to|hope to|hoping to|aim to|aiming to|dream of|dreaming of) (?:be|become|becoming|being|work as|move into|get into|switch to)\b/;

/** Whether a message says what the person wants to become (a target, never a profile entry). */
export const statesGoal = (raw: string) => WISH.test(raw.toLowerCase());

/**
 * A search still under way ("im a student looking for my first internship"): what the person
 * is after, not a job held (it was saved as an experience entry).
 */
const SEARCHING =
  /\b(?:looking|searching|hunting|applying) for (?:a |an |my |some |any )?(?:first |new |next |summer |part[- ]time |full[- ]time )*(?:jobs?|internships?|placements?|positions?|roles?|work|opportunit\w*)\b/;

/** Something that has not happened: a hypothetical, a plan or a wish. */
const NOT_HAPPENED = new RegExp(
  `${SEARCHING.source}|${/\b(?:what if|if (?:i|they|we|it|you|my|the)|in case|suppose|supposing|hypothetically|assuming|imagine|would it|wondering (?:if|whether)|(?:going to|gonna|planning to|plan to|hoping to|hope to|thinking (?:about|of)|about to|might|may) (?:apply|applying|get|getting|have|hear|be)|(?:i'll|i will) apply)\b/.source}|${WISH.source}`,
);

/** Whether a message asks about something or imagines it, rather than saying it happened. */
export function asksRatherThanTells(raw: string): boolean {
  const t = raw.toLowerCase().trim().replace(FILLER, "");
  return WH_QUESTION.test(t) || YES_NO_QUESTION.test(t) || NOT_HAPPENED.test(t);
}

/** Opens on a question, or on a hypothetical ("what if they never reply"). */
function asksOrOpensHypothetical(raw: string): boolean {
  const t = raw.toLowerCase().trim().replace(FILLER, "");
  return WH_QUESTION.test(t) || YES_NO_QUESTION.test(t) || OPENS_HYPOTHETICAL.test(t);
}

const OPENS_HYPOTHETICAL = /^(?:what if|if|suppose|supposing|in case|imagine|hypothetically|assuming)\b/;

/**
 * A reminder is about what has not happened yet: "ping me in 2 days if they stay silent" asks
 * for one (it was asked back as a hypothetical). Only a message opening on a question or a
 * hypothetical guards it.
 */
const FOR_THE_FUTURE: ReadonlySet<ToolName> = new Set<ToolName>(["set_reminder"]);

/** Writes that say what the person wants, so a wish is how they are said. */
const WISHED: ReadonlySet<ToolName> = new Set<ToolName>(["set_preferences"]);

/** What tapping "yes, save it" sends: the write said as a plain request, read the same way again. */
function saidPlainly(c: PlannedCall): Choice | undefined {
  const a = c.args as Record<string, string | undefined>;
  if (c.name === "update_application_status" && a.application && a.status) {
    const stage = a.status.replace(/_/g, " ");
    return { label: `Move ${a.application} to ${stage}`, text: `update ${a.application} to ${stage}` };
  }
  return choicesFor([c.name], a.skill ?? a.item)[0];
}

/** Readings that change nothing, for when the model offered none: what the write was about. */
const INSTEAD: Partial<Record<ToolName, string[]>> = {
  update_application_status: ["search_questions", "practice_question", "list_applications"],
  add_application: ["list_applications", "application_stats"],
  delete_application: ["list_applications"],
  record_progress: ["show_roadmap"],
  set_preferences: ["show_profile"],
  // "looking for my first internship": what they are after is a target, their past a resume.
  add_profile_entry: ["set_dream_job", "read_resume"],
  set_reminder: ["list_reminders"],
  cancel_reminder: ["list_reminders"],
};

/**
 * The plan, unless it writes on a message that asks or imagines: then a question back whose
 * choices are the likeliest readings that write nothing and the write said plainly.
 */
export function guardWrites(
  outcome: Outcome,
  raw: string,
  ranked: { intent: string; score?: number }[],
): Outcome {
  const writes = outcome.calls.filter((c) => GUARDED.has(c.name));
  if (writes.length === 0) return outcome;
  const future = writes.every((w) => FOR_THE_FUTURE.has(w.name));
  // A preference is a wish by nature: "I want to work as …, around 60k, in Chicago" states it
  // (the wish guarded it and the target said with it was dropped too; trial16 §14). Only a
  // question or a hypothetical guards it.
  const wished = writes.every((w) => WISHED.has(w.name));
  if (!(future || wished ? asksOrOpensHypothetical(raw) : asksRatherThanTells(raw))) return outcome;
  const readOnly = ranked
    .filter((r) => (r.score ?? 1) >= 0.1)
    .map((r) => r.intent)
    .filter((i) => !GUARDED.has(i as ToolName) && i !== "unclear");
  const fallback = writes.flatMap((w) => INSTEAD[w.name] ?? ["help"]);
  // "looking for my first internship" states what they are after: its choices come first, not
  // whatever the model read second (a retrain put "list my applications" there).
  const searching = SEARCHING.test(raw.toLowerCase());
  const choices = choicesFor(searching ? [...fallback, ...readOnly] : [...readOnly, ...fallback]).slice(0, 2);
  const plain = saidPlainly(writes[0]);
  if (plain) choices.push(plain);
  return { calls: [], say: { kind: "clarify", detail: "not_saved", choices } };
}
