/**
 * "remove the last one", "delete the second" right after a list: the item at that position
 * of the list the last reply showed (skills or applications), taken away through the same
 * tool as naming it would. The model reads a bare position with a removal word as whichever
 * removal it saw most in training ("Which application?" after a skills list); the list just
 * shown is what the position counts in. Anything that names a thing is left to the model.
 */
import type { Focus } from "../graph/focus.ts";
import { takesAway } from "./operation-words.ts";
import { ordinalIndex } from "./slot-words.ts";
import { call, type Outcome, type Segment } from "./types.ts";

/** Only a removal word, a position and filler: "pls remove the last one", "delete #2". */
const ONLY_A_POSITION =
  /^(?:(?:ok(?:ay)?|and|now|pls|please|can you|could you|actually|also|then)[\s,]+)*(?:remove|delete|drop|take off|take out|get rid of|erase|scrap|ditch|lose|cross off|kill)\s+(?:the\s+|that\s+|number\s+|#)?\S+(?:\s+(?:one|skill|item|application|app|entry))?(?:\s+(?:please|pls|too|then|from (?:the|my) list|off (?:the|my) list))?[\s.!?]*$/;

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
  return undefined;
}

export function removalByPosition(seg: Segment, focus: Focus): Outcome | undefined {
  const list = shownList(focus);
  if (!list || !takesAway(seg.t) || !ONLY_A_POSITION.test(seg.t)) return undefined;
  const i = ordinalIndex(seg.t);
  if (i === undefined) return undefined;
  const item = i < 0 ? list.items.at(-1) : list.items[i];
  return item ? list.remove(item) : undefined;
}
