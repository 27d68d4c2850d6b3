/**
 * A short alias written in lower case ("elk" of Elasticsearch, "kube" of Kubernetes, "ksh" of
 * KornShell): a one-word spelling of at most four letters that is not the skill's own name. In
 * lower case such a spelling is often an ordinary word or a name of something else ("guided elk
 * hunting trips"), so it counts only with one technical sign beside it (context.ts: a skills
 * section, a list of skills, a tool cue before or after, a kin skill). Written in capitals
 * ("ELK") or capitalised it is the acronym or the name and counts as before, and so is any
 * alias in a text written all in lower case (its casing tells nothing).
 *
 * Why the spelling alone and not a vocabulary mark made by the taxonomy build: measured over
 * the taxonomy's 202 such aliases, neither general English word frequency (GloVe ranks put "api"
 * and "cnn" beside "elk") nor nearest neighbours in the embedding space ("aws" had no technical
 * neighbour, "elk" one) told the word-like ones apart; the facts the rule needs — alias or name,
 * length, how it is written — are all in the taxonomy and the text.
 */
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import type { Skill } from "../../data/taxonomy/types.ts";

const SHORT_WORD = /^[a-z]{2,4}$/;

/**
 * Whether `written` (one token of `text`) reaches `skill` only as a short alias written in lower
 * case, in a text whose writer uses capitals. A text all in lower case (a quick chat message: "i
 * did some vue last year") says nothing by its casing, so there the alias counts as before.
 */
export function shortAliasInLowerCase(skill: Skill, key: string, written: string, text: string): boolean {
  if (skill.type !== "technical" || !SHORT_WORD.test(written) || !/\p{Lu}/u.test(text)) return false;
  // The skill's own name in lower case ("java", "helm") is the name, judged as before.
  return normalizeKey(skill.name) !== key;
}
