/**
 * The planner's background step (`save_background`: a whole background told in one message) as
 * the agent calls it: add_profile_entry with the background in its `background` field. The
 * outside conversation sets (../shared/data/conversations and the sibling set that measures the
 * project) have no save_background tool and label a told background add_profile_entry; the
 * saving is the same profile-service step either way (agent/tools/background-tool.ts). The
 * planner's own rules keep the step's name, which tells a whole background from one entry.
 */
import type { PlannedCall } from "../tools/schemas.ts";

export function asAgentCall(call: PlannedCall, message: string, bound: ReadonlySet<string>): PlannedCall {
  if (call.name !== "save_background" || !bound.has("add_profile_entry")) return call;
  const text = message.trim().slice(0, 2000) || "my background";
  return { name: "add_profile_entry", args: { kind: "experience", text, background: call.args } };
}

/** Whether a tool's result is a told background saved (either name). */
export const savedToldBackground = (tool: string | undefined, result: Record<string, unknown>): boolean =>
  tool === "save_background" || (tool === "add_profile_entry" && result.kind === "background");
