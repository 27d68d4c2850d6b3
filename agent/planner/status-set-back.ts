/**
 * A status put back to an earlier stage: "put Figma back to just applied, the interview was
 * called off", "move it back to phone screen", "set that one back to applied". The model reads
 * "applied" and asks "Which company and role?" as for a new application (conv12t, a kind of
 * blind10's misses). The stage is the one named after "back to"; the application is the one
 * named (tracked) or the one in focus. A company named that is not tracked is left to the
 * planner (it asks which application is meant).
 */
import { trackedIn } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

/** "put/move/set/change … back to <stage>", with up to four words of what is moved between. */
const BACK_TO =
  /\b(?:put|move|moved|set|change|switch|reset|revert|turn|mark)\s+((?:[\p{L}\p{N}&.'’-]+\s+){0,4}?)back\s+(?:to|into|as)\s+(?:just\s+|plain\s+|only\s+|simply\s+)?(?:being\s+)?([\p{L} _-]{3,30}?)(?=\s*(?:[,.;!?]|$|\s(?:since|because|as|cause|cuz|bc|the|they|it)\b))/iu;

/** Words that point at the application already in focus rather than name one. */
const POINTER = /^(?:(?:it|that|this|that one|this one|the application|my application|the app|them)\s+)?$/i;

/** update_application_status to the earlier stage named, or undefined when the message is something else. */
export function statusSetBack(raw: string, context: PlanContext): Outcome | undefined {
  const m = BACK_TO.exec(raw.trim());
  if (!m) return undefined;
  const status = extractStatus(
    `status ${m[2]!
      .toLowerCase()
      .replace(/[\s-]+/g, " ")
      .trim()}`,
  );
  if (!status) return undefined;
  const moved = m[1]!;
  const named = trackedIn(moved, context.tracked ?? []);
  const application = named ?? (POINTER.test(moved) ? context.focus.application?.company : undefined);
  return application ? { calls: [call("update_application_status", { application, status })] } : undefined;
}
