/**
 * "I want to be a PM", "what about for a PM role": a title acronym that stands for more than one
 * role is asked about, each reading offered as the person's own message with it spelled out.
 * Found trying the chat as a student: "PM" reached the role finder as two letters and the reply
 * was "Sorry, that didn't work" (too short to describe a role); guessing product over project
 * manager would analyse the wrong role.
 */
import { ROLE_ACRONYMS } from "../../tools/jobs/target.ts";
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

/** The ask that replaces setting a target named by an acronym of two roles, or undefined. */
export function askWhichRoleForAcronym(outcome: Outcome, raw: string): Outcome | undefined {
  const target = outcome.calls.find((c) => c.name === "set_dream_job");
  const text = typeof target?.args.text === "string" ? target.args.text : undefined;
  if (!text) return undefined;
  for (const [acronym, roles] of TWO_ROLES) {
    if (!acronym.test(text) || !acronym.test(raw)) continue;
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
