/**
 * The answer to "When should I remind you …?" (asked when a reminder came with no day:
 * plans/reminder-plans.ts keeps its task or application in focus.reminderAsked): "friday",
 * "tomorrow 9am", "el viernes", "kal subah 9 baje", "uh monday i guess" set that reminder; the
 * person does not say the whole request again. A message that says more than a day (another
 * request, a sentence) is not an answer and is read as usual.
 */
import { futureDayWords } from "../../tools/applications/dates.ts";
import type { Focus } from "../graph/focus.ts";
import { normalize } from "./normalize.ts";
import { whenSaid } from "./plans/reminder-plans.ts";
import { call, type Outcome } from "./types.ts";

/** Words said around a day that add nothing: fillers, "on", "how about", "please", in the chat's languages. */
const AROUND =
  /\b(?:uh+|um+|hm+|ok(?:ay)?|so|maybe|i\s+guess|i\s+think|probably|please|pls|plz|then|on|at|by|the|how\s+about|what\s+about|let'?s\s+say|say|lets\s+do|let'?s\s+do|works|is\s+fine|remind\s+me|el|la|le|am|na|no|o|de|der|den|à|a|por\s+favor|s'il\s+te\s+pla[iî]t|stp|bitte|ko|ke|ki|mujhe|yaad\s+dila(?:na|o|do)?|rappelle[-\s]moi|recu[ée]rdamelo|recu[ée]rdame|me\s+lembra|erinnere\s+mich)\b|[.,!?¿¡]+/giu;

/** The reminder asked about, set for the day the answer says; undefined when it says more than a day. */
export function reminderAnswer(raw: string, focus: Focus): Outcome | undefined {
  const asked = focus.reminderAsked;
  if (!asked || (!asked.task && !asked.application)) return undefined;
  const said = raw.trim();
  if (!said || said.split(/\s+/).length > 8) return undefined;
  const when = futureDayWords(said) ?? whenSaid(normalize(said));
  if (!when) return undefined;
  const rest = said.replace(when, " ").replace(AROUND, " ").trim();
  if (rest.split(/\s+/).filter(Boolean).length > 1) return undefined;
  return {
    calls: [
      call(
        "set_reminder",
        asked.task ? { task: asked.task, when } : { application: asked.application!, when },
      ),
    ],
  };
}
