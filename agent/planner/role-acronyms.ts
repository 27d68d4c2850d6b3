/**
 * "I want to be a PM", "what about for a PM role": a title acronym that stands for more than one
 * role is asked about, each reading offered as the person's own message with it spelled out.
 * Found trying the chat as a student: "PM" reached the role finder as two letters and the reply
 * was "Sorry, that didn't work" (too short to describe a role); guessing product over project
 * manager would analyse the wrong role.
 */
import { guessTargetKind, ROLE_ACRONYMS } from "../../tools/jobs/target.ts";
import type { Outcome } from "./types.ts";

/**
 * Acronyms said for two common roles (the role data's list), as written: in capitals, or in
 * lower case away from a time ("5 pm").
 */
const TWO_ROLES: [RegExp, readonly string[]][] = Object.entries(ROLE_ACRONYMS)
  .filter(([, roles]) => roles.length > 1)
  .map(([acronym, roles]) => [
    new RegExp(`(?<![\\p{L}\\p{N}]|\\d\\s)(?:${acronym.toUpperCase()}s?|${acronym})(?![\\p{L}\\p{N}])`, "u"),
    roles,
  ]);

/** The most words a target named by its letters has ("junior PM at a fintech startup"). */
const TITLE_WORDS = 6;

/** The ask that replaces setting a target named by an acronym of two roles, or undefined. */
export function askWhichRoleForAcronym(outcome: Outcome, raw: string): Outcome | undefined {
  const target = outcome.calls.find((c) => c.name === "set_dream_job");
  const text = typeof target?.args.text === "string" ? target.args.text : undefined;
  // A pasted ad is read as the ad: its "squad (PM, 5 engineers)" names a colleague, not the
  // person's target (trial14: the whole ad came back as two chips and was lost).
  if (!text || guessTargetKind(text) === "posting" || guessTargetKind(raw) === "posting") return undefined;
  // "a squad with a PM and four engineers": the letters inside a sentence about others; a
  // target said by its letters is a short title ("a PM", "senior PM in fintech").
  if (text.split(/\s+/).length > TITLE_WORDS) return undefined;
  for (const [acronym, roles] of TWO_ROLES) {
    if (!acronym.test(text) || !acronym.test(raw)) continue;
    // "PM = product manager": the message already says which reading it means.
    if (roles.some((role) => new RegExp(`\\b${role}\\b`, "i").test(raw))) continue;
    return {
      calls: [],
      say: {
        kind: "ask_role_which",
        detail: roles.join(" or "),
        choices: roles.map((role) => ({
          label: role[0]!.toUpperCase() + role.slice(1),
          text: raw.replace(acronym, role),
        })),
      },
    };
  }
  return undefined;
}
