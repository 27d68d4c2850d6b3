/**
 * "no, the other one" right after the agent acted on one of two candidates (explained one of
 * two analyses, practised or bookmarked one of two listed questions, explained one of two
 * gaps): the same request again on the other candidate. The last planned call is kept in
 * focus (`lastCall`); which of its arguments points into a list of two in focus says what
 * "the other" is. Removals are never redone on a guess (they cannot be undone here), and a
 * status change has its own correction that also undoes the first move (application-plans).
 */
import type { Focus } from "../graph/focus.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import type { Outcome } from "./types.ts";

const OTHER_ONE =
  /^(?:(?:no+|nah|nope|wait|sorry|oops|not (?:that|this) one|wrong one|i meant|i mean|actually)[\s,.!-]+)*(?:i meant |i mean |i said )?(?:the )?other(?: one| analysis| application| question| gap| job)?(?:,? (?:please|pls|not (?:that|this) one))?[\s.!]*$/;

/** What each argument of a call points into, as the focus keeps it. */
const CANDIDATES: Record<string, (focus: Focus) => string[] | undefined> = {
  analysisId: (f) => f.analyses?.map((a) => a.id),
  questionId: (f) => f.questionIds,
  skill: (f) => f.gaps,
  application: (f) => f.applications,
};

/** Calls that act on something chosen and are safe to make again on the other one. */
const REDOABLE = new Set([
  "explain_score",
  "explain_gap",
  "practice_question",
  "bookmark_question",
  "list_applications",
  "show_roadmap",
]);

/** What a call with the argument left out acted on (explain_score: the analysis in focus). */
const DEFAULTED: Record<string, (focus: Focus) => [string, string | undefined]> = {
  explain_score: (f) => ["analysisId", f.analysisId],
  practice_question: (f) => ["questionId", f.questionId],
  bookmark_question: (f) => ["questionId", f.questionId],
};

export function otherOfTwo(t: string, focus: Focus): Outcome | undefined {
  const last = focus.lastCall;
  if (!last || !REDOABLE.has(last.name) || !OTHER_ONE.test(t.trim())) return undefined;
  // The top gap explained ({top: true}) was the first of the gaps in focus; the other names its gap.
  const { top, ...args } = last.args;
  if (top && last.name === "explain_gap" && focus.gaps?.length) args.skill = focus.gaps[0];
  const named = Object.keys(CANDIDATES).find((k) => typeof args[k] === "string");
  const [key, chosen] = named
    ? [named, args[named] as string]
    : (DEFAULTED[last.name]?.(focus) ?? [undefined, undefined]);
  if (!key || !chosen) return undefined;
  const list = CANDIDATES[key]?.(focus);
  if (list?.length !== 2 || !list.includes(chosen)) return undefined;
  const other = list.find((x) => x !== chosen)!;
  const again: PlannedCall = { name: last.name as PlannedCall["name"], args: { ...args, [key]: other } };
  return { calls: [again] };
}
