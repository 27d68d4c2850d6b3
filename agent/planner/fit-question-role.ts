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
import { call, type Outcome } from "./types.ts";

/** The fit check with the role its question names set first, or undefined to leave it as planned. */
export async function fitQuestionWithRole(
  outcome: Outcome,
  raw: string,
  focus: Focus,
): Promise<Outcome | undefined> {
  if (outcome.calls.length !== 1 || outcome.calls[0]!.name !== "analyze_fit") return undefined;
  // A question of a line; a pasted ad or resume with a question after it is read as such.
  if (raw.includes("\n") || raw.trim().split(/\s+/).length > 16) return undefined;
  const { phrase } = rolePhrase(raw);
  const role = phrase.replace(/[?.!]+$/, "").trim();
  if (role.length < 2 || role.split(/\s+/).length > 6) return undefined;
  // Word for word (no stems or respelling): "am I ready to be promoted?" names no promoter.
  const find = await loadRoleFinder();
  const found = find(role, { loose: false });
  // With no lead-in the phrase is the whole message: a role only when the message is nothing
  // but a title ("junior data analyst", read as a fit check, asked "Which job should I compare
  // you to?"), never a title word inside a question ("judge my chances").
  if (phrase === raw.trim() && !(found && isOnlyTitle(role, found.matchedTitle))) return undefined;
  // The target itself named ("… para registered nurse?" with nurse set): the check as planned.
  if (found && focus.jobTitle && find(focus.jobTitle)?.role.code === found.role.code) return undefined;
  const known = found !== undefined || (find.choices?.(role).length ?? 0) >= 2;
  return known
    ? { ...outcome, calls: [call("set_dream_job", { text: role }), outcome.calls[0]!] }
    : undefined;
}

/** Every word said, but for grades ("junior", "senior"), is a word of the title found. */
function isOnlyTitle(said: string, title: string | undefined): boolean {
  if (!title) return false;
  const titleWords = new Set(wordKeys(title));
  return wordKeys(said).every((w) => GRADE_WORDS.has(w) || titleWords.has(w));
}
