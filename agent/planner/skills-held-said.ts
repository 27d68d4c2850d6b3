/**
 * "i know Pro Tools and Ableton really well" right after an analysis: skills held, named as the
 * person names them. The model reads a rerun with that context, and the rerun's context reader
 * (tools/gap/history.ts) knows only the taxonomy's skills, so it answered "Sorry, that didn't
 * work" (trial19 §7). When the skill reader knows none of the names and no preference is said,
 * the names are added as said and the analysis is run again with the profile that has them.
 * The languages the chat reads: "conozco / manejo / uso", "je connais / maîtrise / j'utilise",
 * "ich kenne / beherrsche / nutze", "conheço / domino / uso".
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { extractSkills } from "../../tools/skills/extract.ts";
import type { Focus } from "../graph/focus.ts";
import { NOT_A_SKILL } from "./skill-named-freely.ts";
import { call, type Outcome } from "./types.ts";

/** "I know …", "I'm really good with …", in the chat's languages; what follows is the list. */
const HELD =
  /^(?:(?:oh|also|and|btw|actually|but|well|ok|so)[\s,]+)*(?:i\s+(?:also\s+|actually\s+|really\s+)?(?:know|use|have used|'ve used|ve used|work with|can use)|i'?m\s+(?:also\s+|really\s+)?(?:good|great|solid|fluent)\s+(?:at|with|in)|(?:también\s+)?(?:conozco|manejo|domino|uso)|(?:je\s+(?:connais|maîtrise|maitrise|ma[iî]trise)|j'utilise)|ich\s+(?:kenne|beherrsche|nutze|benutze)|(?:também\s+)?(?:conheço|conheco|domino|uso))\s+(.+)$/iu;

/** Where the list ends: how well, how often, a new clause. */
const LIST_END =
  /\s*(?:[,;.!?]|\s(?:really|pretty|very|quite|super|well|daily|every\s*day|for\s+\d|since|too|as well|lol|bien|muy|tr[eè]s|sehr|gut|muito|bem)\b).*$/iu;
const JOINS = /\s+(?:and|y|e|et|und|aur|&)\s+|\s*\/\s*/iu;

/** The names said held, when the skill reader knows none and no preference is said. */
export function unknownSkillsHeld(raw: string): string[] | undefined {
  const said = HELD.exec(raw.trim())?.[1]?.replace(LIST_END, "").trim();
  if (!said || extractSkills(raw).length || Object.keys(preferencesIn(raw)).length) return undefined;
  const names = said.split(JOINS).map((n) => n.trim());
  const fine = names.every(
    (n) => /\p{L}{2}/u.test(n) && n.split(/\s+/).length <= 3 && !NOT_A_SKILL.test(n) && /^\p{Lu}|\d/u.test(n),
  );
  return fine && names.length <= 6 ? names : undefined;
}

/** After an analysis: the skills added as said, then the analysis run again. */
export function skillsHeldAfterAnalysis(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.analysisId) return undefined;
  const names = unknownSkillsHeld(raw);
  return names
    ? { calls: [...names.map((skill) => call("add_skill", { skill })), call("reanalyze")] }
    : undefined;
}
