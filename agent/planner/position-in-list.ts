/**
 * "remove the last one", "delete the second" right after a list: the item at that position
 * of the list the last reply showed (skills, applications or bookmarked questions), taken away through the same
 * tool as naming it would. The model reads a bare position with a removal word as whichever
 * removal it saw most in training ("Which application?" after a skills list); the list just
 * shown is what the position counts in. Anything that names a thing is left to the model.
 */
import type { Focus } from "../graph/focus.ts";
import { takesAway } from "./operation-words.ts";
import { extraLevel, ordinalIndex } from "./slot-words.ts";
import { extractProficiency } from "./slots.ts";
import { call, type Outcome, type Segment } from "./types.ts";

/** Only a removal word, a position and filler: "pls remove the last one", "delete #2". */
const ONLY_A_POSITION =
  /^(?:(?:ok(?:ay)?|and|now|pls|please|can you|could you|actually|also|then)[\s,]+)*(?:remove|delete|drop|take off|take out|get rid of|erase|scrap|ditch|lose|cross off|kill)\s+(?:the\s+|that\s+|number\s+|#)?\S+(?:\s+(?:one|skill|item|application|app|entry))?(?:\s+(?:please|pls|too|then|from (?:the|my) list|off (?:the|my) list))?[\s.!?]*$|^(?:(?:ok(?:ay)?|and|now|pls|please|can you|could you|actually|also|then)[\s,]+)*take\s+(?:the\s+|that\s+|number\s+|#)?\S+(?:\s+one)?\s+off(?:\s+(?:the|my)\s+list)?(?:\s+(?:please|pls|too))?[\s.!?]*$/;

/** A reason after the removal: "delete it, they pulled the posting" (conv12o: read as that application's news). */
const REASON =
  /[\s]*[,;.—–-]+\s*(?:they|it|it's|its|the\s+(?:job|posting|role|ad|position|opening)|cause|because|since|bc|coz|cuz|as|job|posting)\b.*$/;

/** The list the last reply showed and the tool that removes one of its items. */
function shownList(focus: Focus): { items: string[]; remove: (item: string) => Outcome } | undefined {
  if (focus.lastIntent === "show_skills" && focus.skillsListed?.length)
    return {
      items: focus.skillsListed,
      remove: (skill) => ({ calls: [call("remove_skill", { skill })] }),
    };
  if (focus.lastIntent === "list_applications" && focus.applications?.length)
    return {
      items: focus.applications,
      remove: (application) => ({ calls: [call("delete_application", { application })] }),
    };
  // Found trying the chat: "remove the first one" under "Your bookmarked questions" asked which application.
  if (focus.lastIntent === "list_bookmarks" && focus.questionIds?.length)
    return {
      items: focus.questionIds,
      remove: (questionId) => ({ calls: [call("remove_bookmark", { questionId })] }),
    };
  return undefined;
}

export function removalByPosition(seg: Segment, focus: Focus): Outcome | undefined {
  const list = shownList(focus);
  const said = seg.t.replace(REASON, "");
  if (!list || !takesAway(said) || !ONLY_A_POSITION.test(said)) return undefined;
  // "ok take it off the list" under a list of one: that one (conv12n: it asked which application).
  const only = list.items.length === 1 && /\b(?:it|that|this)\b/.test(said) ? 0 : undefined;
  const i = ordinalIndex(said) ?? only;
  if (i === undefined) return undefined;
  const item = i < 0 ? list.items.at(-1) : list.items[i];
  return item ? list.remove(item) : undefined;
}

/** A position and a level, little else: "the last one, set it to beginner", "make the 2nd advanced". */
const POSITION_AND_LEVEL = /\b(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|#\d)\b/;

/**
 * "the last one, set it to beginner" right after a skills list: that skill's level. Found trying
 * the chat: "it" went to the skill talked about before the list (one just removed, added back).
 */
export function levelByPosition(seg: Segment, focus: Focus): Outcome | undefined {
  if (focus.lastIntent !== "show_skills" || !focus.skillsListed?.length) return undefined;
  if (seg.t.split(/\s+/).length > 10 || !POSITION_AND_LEVEL.test(seg.t)) return undefined;
  const proficiency = extractProficiency(seg.t) ?? extraLevel(seg.t);
  const i = ordinalIndex(seg.t);
  if (!proficiency || i === undefined) return undefined;
  const skill = i < 0 ? focus.skillsListed.at(-1) : focus.skillsListed[i];
  return skill ? { calls: [call("update_skill", { skill, proficiency })] } : undefined;
}
