/**
 * "mechanic 10 yrs, hands wrecked. auto parts sales rep?", "nurse 20 years, burnt out. school
 * nurse?": a background told, then a title asked alone — read by the message's structure, not
 * by which intent the model gives the whole. The model reads such a message as the background
 * (add_profile_entry; the lead's background-only training lines pulled it there and the title
 * was lost) or as the target; either way the last sentence is the job wanted (storyThenTitle,
 * fit-question-role.ts). On a loaded profile the target alone is set (the story is the reason
 * for the wish: wish-beside-background.ts's convention); on an empty one the story is saved
 * too, without the question.
 */
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { storyThenTitle } from "./fit-question-role.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** Readings of the whole message as a background to keep. */
const BACKGROUND_CALLS = new Set(["add_profile_entry", "save_background"]);

/**
 * The outcomes with the title asked last set as the target, when they read the message as a
 * background (one call saving it, and at most the question asked back or left unread).
 */
export async function backgroundThenRoleAsked(
  outcomes: Outcome[],
  raw: string,
  context: PlanContext,
): Promise<Outcome[]> {
  const [first, ...rest] = outcomes;
  const only = first?.calls.length === 1 ? first.calls[0]! : undefined;
  if (!only || !BACKGROUND_CALLS.has(only.name) || raw.includes("\n") || rest.some((o) => o.calls.length))
    return outcomes;
  // add_profile_entry of the whole message (the model's reading): its text names the title asked too.
  if (only.name === "add_profile_entry" && String(only.args.text ?? "").trim() !== raw.trim())
    return outcomes;
  const wished = storyThenTitle(raw, await loadRoleFinder());
  if (!wished) return outcomes;
  const target = call("set_dream_job", { text: wished });
  const loaded =
    context.focus.hasProfile && !(context.ownSkills !== undefined && context.ownSkills.length === 0);
  if (loaded) return [{ ...first!, calls: [target] }];
  // The story without the question ("nurse 20 years, burnt out."), saved as the entry it tells.
  const story = raw.trim().slice(0, raw.trim().lastIndexOf(wished)).replace(ASKING_WORDS, "").trim();
  const save =
    only.name === "add_profile_entry" ? call("add_profile_entry", { kind: "experience", text: story }) : only;
  return [{ ...first!, calls: [save, target] }];
}

/** What may stand before the title asked ("maybe a", "what about"). */
const ASKING_WORDS = /[\s,;]*(?:maybe|perhaps|what about|how about|thinking)?\s*(?:an?\s+)?$/i;
