/**
 * "what about UX research instead" once a target is set: when the words name a title the role
 * data knows as said ("data engineer"), that role is the target (people expect it changed,
 * trial 12h); when the role finder would set a title of its own choosing ("UX research" read as a
 * web and digital interface designer), it asks back whether to switch, with the switch and the
 * keep as quick replies — never another title picked silently. "yes" to it switches (the offer
 * is remembered).
 */
import { ROLE_ACRONYMS } from "../../data/roles/role-acronyms.ts";
import { findDescribedRole } from "../../tools/jobs/described-role.ts";
import { wordKeys } from "../../tools/jobs/role-finder.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/** Whether the role finder's title is the one said (same words), not one it chose. */
async function titleAsSaid(role: string): Promise<boolean> {
  const found = findDescribedRole(role, await loadRoleFinder());
  const matched = found.match?.matchedTitle;
  if (!matched) return false;
  const key = (t: string) => [...new Set(wordKeys(t))].sort().join(" ");
  // "SRE": letters that stand for one title name that title as said.
  const spelled = ROLE_ACRONYMS[role.trim().toLowerCase()];
  const said = spelled?.length === 1 ? spelled[0]! : (found.english ?? found.phrase);
  return key(said) === key(matched);
}

/** Another role asked about instead of the target: set when named as a known title, else asked. */
export async function roleInsteadPlan(role: string, focus: Focus): Promise<Outcome> {
  return (await titleAsSaid(role))
    ? { calls: [call("set_dream_job", { text: role })] }
    : switchTargetAsked(role, focus);
}

/** "ux research" said as "UX Research" for the question; a word in capitals stays so. */
const shown = (role: string) =>
  role.replace(/\p{L}[\p{L}'-]*/gu, (w) => (w === w.toUpperCase() ? w : w[0]!.toUpperCase() + w.slice(1)));

/** The question whether to switch from the target in focus to `role`. */
export function switchTargetAsked(role: string, focus: Focus): Outcome {
  const wanted = shown(role);
  const switchTo = `I want to be a ${role}`;
  const keep = focus.jobTitle;
  return {
    calls: [],
    say: {
      kind: "clarify",
      detail: "switch_target",
      choices: [
        { label: `Switch to ${wanted}`, text: switchTo },
        keep
          ? { label: `Keep ${keep}`, text: focus.analysisId ? "make me a roadmap" : "am I a fit?" }
          : { label: "Keep my target", text: "show my profile" },
      ],
    },
    remember: { offered: switchTo },
  };
}
