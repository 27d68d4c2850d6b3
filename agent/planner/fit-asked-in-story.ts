/**
 * A long message that tells a story (jobs held, a break, what they are weighing) and ends by
 * asking the fit for a role it names: "… can you tell me if I'd even be a fit for a warehouse
 * supervisor job". The role asked about is the target and the fit is checked; the story is no
 * list of requests (conv12o, a blind5 class: the past job was set as the target and a wish was
 * saved as an experience entry, from the pieces read one by one). A background saved from the
 * story (no resume) is kept.
 */

import { loadRoleFinder } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { fitQuestionWithRole } from "./fit-question-role.ts";
import { targetThenFit } from "./target-then-fit.ts";
import { call, type Outcome } from "./types.ts";

/** "if I'd (even) be a fit for a X job", "would I qualify for an X role", "am I a good match for X". */
const FIT_FOR =
  /\b(?:i'?d|i\s+would|would\s+i|could\s+i|am\s+i|i'?m|i\s+am|if\s+i)\s+(?:even\s+|really\s+|actually\s+)?(?:be\s+)?(?:a\s+)?(?:good\s+|decent\s+|real\s+)?(?:fit|match|qualified|suited|cut\s+out)\s+for\s+(?:an?\s+|the\s+)?([\p{L}][\p{L}\s/&-]{1,60}?)(?:\s+(?:job|role|position|opening|work|gig))?\s*[?.!]*$/iu;

const SHORTEST_STORY = 17;

/** "want some part time bookkeeping work", "thinking about library assistant jobs": a kind of work wanted. */
const WORK_WANTED =
  /\b(?:want|wanna|looking\s+for|after|thinking\s+(?:about|of)|considering|get\s+into|move\s+into|find|land)\s+(?:some\s+|a\s+|an\s+)?(?:part[- ]?time\s+|full[- ]?time\s+|seasonal\s+|casual\s+|weekend\s+|a\s+few\s+hours\s+of\s+)?([\p{L}][\p{L}\s/&-]{1,40}?)\s+(?:work|jobs?|roles?|positions?|gigs?)\b/iu;
/** The question whether it can be done. */
const REALISTIC =
  /\b(?:realistic(?:ally)?|doable|feasible|possible|too\s+(?:late|old)|a\s+(?:real\s+)?chance|any\s+chance|could\s+i|can\s+i|am\s+i\s+dreaming)\b/i;

/** A kind of work wanted, or a role whose fit is asked, is named in `raw` (plain-questions.ts leaves it to this file). */
export const namesWorkWanted = (raw: string) => WORK_WANTED.test(raw) || FIT_FOR.test(raw.trim());

/**
 * "I'm 64, retired accountant, want some part time bookkeeping work. is that realistic for me?":
 * whether a kind of work named is within reach is the fit for it (conv12o, a blind5 class: asked
 * back with choices). Only when nothing else was read (a question back).
 */
async function realisticWork(outcomes: Outcome[], raw: string): Promise<Outcome[] | undefined> {
  const role = REALISTIC.test(raw) ? WORK_WANTED.exec(raw)?.[1]?.trim() : undefined;
  if (!role) return undefined;
  // Asked back, or the whole sentence taken as the target's title ("… I want some X work").
  const [only] = outcomes.flatMap((o) => o.calls);
  const wholeAsTarget =
    outcomes.length === 1 &&
    outcomes[0]!.calls.length === 1 &&
    only?.name === "set_dream_job" &&
    String(only.args.text ?? "").length > role.length + 10;
  // Or the fit alone, the work named left out (the model taught "is that realistic" reads the fit).
  const fitAlone = outcomes.length === 1 && outcomes[0]!.calls.length === 1 && only?.name === "analyze_fit";
  if (
    !wholeAsTarget &&
    !fitAlone &&
    !outcomes.every((o) => o.calls.length === 0 && o.say?.kind === "clarify")
  )
    return undefined;
  if (role.split(/\s+/).length > 4 || !(await loadRoleFinder())(role)) return undefined;
  return [{ calls: [call("set_dream_job", { text: role }), call("analyze_fit")] }];
}

/** A story's fit question with its role set as the target, or the one-line fit question's role (fit-question-role.ts). */
export async function withFitRole(outcomes: Outcome[], raw: string, focus: Focus): Promise<Outcome[]> {
  // "what about sales manager instead? am i a fit for that": set, then checked (target-then-fit.ts).
  const targeted = targetThenFit(outcomes, raw);
  if (targeted) return targeted;
  const realistic = await realisticWork(outcomes, raw);
  if (realistic) return realistic;
  // A long story is read for its last sentence's role first, whether the model split it into
  // pieces or read the whole as one fit question (its normalised words read "an HR" as "an hour").
  const story = await storyFit(outcomes, raw);
  if (story) return story;
  if (outcomes.length === 1) return [(await fitQuestionWithRole(outcomes[0]!, raw, focus)) ?? outcomes[0]!];
  return outcomes;
}

async function storyFit(outcomes: Outcome[], raw: string): Promise<Outcome[] | undefined> {
  const calls = outcomes.flatMap((o) => o.calls);
  if (!calls.some((c) => c.name === "analyze_fit") || raw.trim().split(/\s+/).length < SHORTEST_STORY)
    return undefined;
  const last =
    raw
      .trim()
      .split(/(?<=[.!?])\s+/)
      .at(-1) ?? "";
  const role = FIT_FOR.exec(last)?.[1]?.trim();
  if (!role || role.split(/\s+/).length > 6 || !(await loadRoleFinder())(role, { loose: false }))
    return undefined;
  const saved = calls.filter((c) => c.name === "save_background");
  return [{ calls: [...saved, call("set_dream_job", { text: role }), call("analyze_fit")] }];
}
