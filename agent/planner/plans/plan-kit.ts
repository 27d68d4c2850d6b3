/**
 * What every intent's plan is built from: a rule's reading kept only when it plans the
 * intent the model chose, and the two plans with nothing to read (one tool, or words).
 */
import type { ToolName } from "../../tools/schemas.ts";
import {
  call,
  calls,
  type Outcome,
  type PlanContext,
  type Rule,
  type SayKind,
  type Segment,
  say,
} from "../types.ts";

/** The rule's reading, kept only when it plans the intent the model chose. */
const POINTER =
  /^(?:it|that|this|them|they|their|he|she|we|us|those|these|one|i|i am|i'm|everything|all|stuff|the thing)$/i;

export function fromRule(rule: Rule, seg: Segment, ctx: PlanContext, ...names: ToolName[]): Outcome | null {
  const o = rule(seg, ctx);
  if (!o || o.calls.length === 0) return null;
  if (!o.calls.every((c) => names.includes(c.name))) return null;
  // A pronoun is not a name: "delete it" names no skill, "I'm done" no roadmap item.
  const named = (v: unknown) => typeof v !== "string" || !POINTER.test(v.trim());
  if (!o.calls.every((c) => named(c.args.skill) && named(c.args.item) && named(c.args.application)))
    return null;
  return o;
}

export type Planner = (seg: Segment, ctx: PlanContext) => Outcome;
export const only =
  (name: ToolName, args: Record<string, unknown> = {}): Planner =>
  () =>
    calls(call(name, args));
export const words =
  (kind: SayKind): Planner =>
  () =>
    say(kind);
