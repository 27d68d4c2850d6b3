/**
 * A question back about a message that names a role ("i wanna get out of the warehouse, maybe
 * logistics cordinator?") offers that role: set it as the target, or check the fit for it. The
 * generic "Set a target job" made the person type the role a second time (trial12f's warehouse
 * worker). The role is read with the role finder's spelling tolerance, but only as a run of
 * the message's own words that are, one for one, the words of the title found: "get out of the
 * warehouse" is no "Warehouser", "python" no "Python Developer".
 */
import { GRADE_WORDS, wordKeys } from "../../tools/jobs/role-finder.ts";
import type { RoleFinder } from "../../tools/jobs/role-finder-types.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { editDistance } from "../../tools/text/edit-distance.ts";
import type { Choice } from "./clarify.ts";
import { entryLineSaid } from "./entry-line-said.ts";
import type { Outcome } from "./types.ts";

/** Titles are a few words; a longer run is a sentence the finder reads loosely. */
const LONGEST_TITLE = 5;
/** Questions back are short; a pasted text with a title inside it is not a role named. */
const LONGEST_MESSAGE = 20;
/**
 * A one-word title ("nurse", but also "judge") counts only in a message this short, and only
 * as its last word or in two words ("hmm, nurse?", "nurse maybe"): "judge my chances" names no judge.
 */
const ONE_WORD_TITLE_IN = 4;

/** Two words are the same word misspelt: one edit in a short word, two in a long one. */
function sameWord(said: string, title: string): boolean {
  if (said === title) return true;
  if (said.length < 4 || said[0] !== title[0]) return false;
  return editDistance(said, title, said.length >= 7 ? 2 : 1) <= (said.length >= 7 ? 2 : 1);
}

/** Every word said names a word of the title and every word of the title is said (grades aside). */
function isTitleSaid(run: string, title: string): boolean {
  const keys = wordKeys(run);
  // A run with a word the finder ignores ("the warehouse") is not said as a title.
  if (keys.length !== run.split(" ").length) return false;
  const said = keys.filter((w) => !GRADE_WORDS.has(w));
  const titled = wordKeys(title).filter((w) => !GRADE_WORDS.has(w));
  if (said.length === 0 || said.length !== titled.length) return false;
  return (
    said.every((w) => titled.some((t) => sameWord(w, t))) &&
    titled.every((t) => said.some((w) => sameWord(w, t)))
  );
}

/** The title of the longest run of the message's words that names a role, as the role data spells it. */
export function namedRole(raw: string, find: RoleFinder): string | undefined {
  const words = raw.match(/[\p{L}\p{N}/&+'-]+/gu) ?? [];
  if (words.length === 0 || words.length > LONGEST_MESSAGE) return undefined;
  const shortest = words.length <= ONE_WORD_TITLE_IN ? 1 : 2;
  for (let length = Math.min(LONGEST_TITLE, words.length); length >= shortest; length--)
    for (let start = 0; start + length <= words.length; start++) {
      if (length === 1 && words.length > 2 && start !== words.length - 1) continue;
      const run = words.slice(start, start + length).join(" ");
      // One word must be a title as written ("nurse"); misspellings only in longer titles.
      const match = find(run, length === 1 ? { loose: false } : undefined);
      if (match?.matchedTitle && isTitleSaid(run, match.matchedTitle))
        return match.matchedTitle.toLowerCase();
    }
  return undefined;
}

/** The choices for a role named: target it, or check the fit for it. */
export function roleChoices(role: string): Choice[] {
  return [
    { label: `Target ${role}`, text: `I want to move into ${role}` },
    { label: `Am I a fit for ${role}?`, text: `am I a fit for ${role}?` },
  ];
}

/** The question back with the role the message names offered first, or undefined to leave it. */
export async function clarifyWithNamedRole(outcome: Outcome, raw: string): Promise<Outcome | undefined> {
  const kind = outcome.say?.kind;
  // A question of its own with its answers (switch-target.ts "switch_target") is no guess to replace.
  if (outcome.calls.length > 0 || (kind !== "clarify" && kind !== "unknown") || raw.includes("\n"))
    return undefined;
  if (outcome.say?.detail === "switch_target" || outcome.say?.detail === "two_targets") return undefined;
  const find = await loadRoleFinder();
  // "bank teller at Chase": a line of their work history, added to the profile (entry-line-said.ts).
  const entry = entryLineSaid(raw, find);
  if (entry) return entry;
  const role = namedRole(raw, find);
  if (!role) return undefined;
  const named = roleChoices(role);
  // One of the readings asked about before stays, unless it was the role-less target or fit.
  const kept = (outcome.say?.choices ?? []).filter(
    (c) => !/^(?:set my target job|am i a fit\?)$/i.test(c.text) && !named.some((n) => n.text === c.text),
  );
  return { ...outcome, say: { kind: "clarify", choices: [...named, ...kept].slice(0, 3) } };
}
