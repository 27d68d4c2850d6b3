/**
 * One message read by the planner the way the agent reads it (every tool available, no
 * attachments), for the planner's tests. Each test file used to build this context itself.
 */
import type { Focus } from "../agent/graph/focus.ts";
import type { Plan, PlanContext } from "../agent/planner/types.ts";
import { understand } from "../agent/planner/understand.ts";
import { TOOL_NAMES, type ToolName } from "../agent/tools/schemas.ts";

export const EVERY_TOOL: ReadonlySet<ToolName> = new Set(TOOL_NAMES);

/** What a test may set beside the focus: the tracked companies, the own skills, fewer tools. */
export type PlanExtras = Partial<Omit<PlanContext, "focus">>;

/** The context the agent gives the planner for one message, in the focus given. */
export function planContext(focus: Focus = {}, extras: PlanExtras = {}): PlanContext {
  return { focus, attachments: [], available: EVERY_TOOL, ...extras };
}

export function planText(text: string, focus: Focus = {}, extras: PlanExtras = {}): Promise<Plan> {
  return understand(text, planContext(focus, extras));
}

/**
 * A file's `plan(text, focus?, tracked?)`: the focus and tracked companies default to the
 * file's own (the situation most of its cases are in), the other extras are fixed.
 */
export function plannerWith(defaults: { focus?: Focus } & PlanExtras = {}) {
  const { focus: ownFocus = {}, ...extras } = defaults;
  return (text: string, focus: Focus = ownFocus, tracked: readonly string[] | undefined = extras.tracked) =>
    planText(text, focus, { ...extras, tracked });
}

/** A person with a profile and nothing in focus. */
export const PROFILE_ONLY: Focus = { hasProfile: true };

/** Right after logging an application (planner at Vantora), the focus the planner's application tests start from. */
export const LOGGED_APPLICATION: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Vantora", position: "planner", status: "applied", id: "ap-1" },
};
