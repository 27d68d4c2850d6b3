/**
 * "why is CRM software a gap? I use Salesforce every day", "why is Microsoft Outlook a gap, I
 * used outlook for years": a gap asked about with a skill claimed in the same message. The
 * model often reads only the question (the claim was lost) or the claim as a skill named with
 * its trailing words ("Salesforce every day"). The claim is the skill the taxonomy knows in the
 * clause saying it is used: recorded (add_skill), and the gap explained against it
 * (explain_gap's `claimed`), as gap-argued.ts does for a claim the model read as new context.
 * A claim that asks for a re-run ("… so rerun it") is left to the reading that re-runs.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { skillNames } from "./slot-words.ts";
import type { Outcome } from "./types.ts";

/** "I use / I've used / I worked with / been using / I know … <skill> …", after the question. */
const CLAIM =
  /(?:^|[?,.;!]\s*|\s(?:but|and|cause|because|since|as|though|tho|when|while|if)\s+)(?:but\s+|and\s+)?(?:i|i'?ve|i'?m|i\s+have|i\s+had)\s+(?:(?:been\s+|have\s+|had\s+|literally\s+|already\s+|actually\s+)*)(?:us(?:e|es|ed|ing)|work(?:s|ed|ing)?\s+(?:with|in|on)|know|knew|do|did|done|ran|run(?:ning)?|on|live\s+in|pull(?:ed)?|buil[dt]|write|wrote|manage[ds]?|handle[ds]?)\b(.+)$/i;

const ASKS_RERUN =
  /\b(?:re-?run|re-?do|re-?analy[sz]e|re-?check|run (?:it|that|the (?:analysis|check)) again|update (?:my|the) (?:score|analysis|result)|recalculate)\b/i;

/** The skill claimed in `said` beside the gap question about `gap`, or undefined. */
export function claimedBeside(said: string, gap?: string): string | undefined {
  if (ASKS_RERUN.test(said)) return undefined;
  const clause = CLAIM.exec(said)?.[1];
  if (!clause) return undefined;
  // "why is Kafka a gap? I used it at Lotus Freight": "it" is the gap itself; the words after it
  // say where, and named the employer as the skill (conv15u).
  if (gap && /^\s*(?:it|that|this|them|those|that one|this one)\b/i.test(clause)) return gap;
  // "i built dashboards in power bi": the tool the work was done in, not the work.
  const tool = /\b(?:in|with|using|on|via|through)\s+(.+)$/i.exec(clause)?.[1];
  return (tool && skillNames(tool)[0]) || skillNames(clause)[0];
}

// The claim read on its own as a skill, a re-run, a level or (since model f4685d96) a project entry
// ("i built dashboards in power bi at work"): the gap explanation records it instead.
const CLAIM_CALLS = new Set(["add_skill", "reanalyze", "update_skill", "add_profile_entry"]);

export function gapClaimSaid(outcomes: Outcome[], said: string): Outcome[] {
  const all = outcomes.flatMap((o) => o.calls);
  const asked = all.filter((c) => c.name === "explain_gap" && typeof c.args.skill === "string");
  if (asked.length !== 1 || asked[0]!.args.claimed) return outcomes;
  const claimed = claimedBeside(said, asked[0]!.args.skill as string);
  if (!claimed) return outcomes;
  const explained: PlannedCall = { ...asked[0]!, args: { ...asked[0]!.args, claimed } };
  const rest = outcomes
    .map((o) => ({
      ...o,
      calls: o.calls.filter((c) => !CLAIM_CALLS.has(c.name)).map((c) => (c === asked[0] ? explained : c)),
    }))
    .filter((o) => o.calls.length || o.say);
  // Recorded first, so the explanation can say it is on the profile now.
  return [{ calls: [{ name: "add_skill", args: { skill: claimed } }] }, ...rest];
}
