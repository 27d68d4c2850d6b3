/**
 * What takes back a profile change made in chat ("undo" after a skill, an entry or the name was
 * saved): each profile tool adds the call that reverses its change to the focus, kept in the
 * checkpointed state with the message it belongs to (the message's first planned call, which the
 * planner keeps as `lastCall`). Calls of the same message add up; a new message starts afresh.
 * The undo itself goes through the same tools and profile service (agent/planner/undo-last.ts).
 */
import type { Focus } from "./focus.ts";

type Call = { name: string; args: Record<string, unknown> };

const sameCall = (a?: Call, b?: Call) =>
  !!a && !!b && a.name === b.name && JSON.stringify(a.args) === JSON.stringify(b.args);

/** The focus update that adds `reversal` to the undo of the message being answered. */
export function undoAdded(
  focus: Focus,
  reversal: Call | undefined,
): Pick<Focus, "profileUndo"> | Record<string, never> {
  if (!reversal) return {};
  const earlier = sameCall(focus.profileUndo?.lastCall, focus.lastCall)
    ? (focus.profileUndo?.calls ?? [])
    : [];
  return {
    profileUndo: {
      ...(focus.lastCall ? { lastCall: focus.lastCall } : {}),
      // Taken back newest first.
      calls: [reversal, ...earlier],
    },
  };
}

/** The calls that take back the last message's profile changes, when "undo" follows it directly. */
export function profileUndoCalls(focus: Focus): Call[] | undefined {
  const undo = focus.profileUndo;
  return undo?.calls.length && sameCall(undo.lastCall, focus.lastCall) ? undo.calls : undefined;
}
