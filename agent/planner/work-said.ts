/**
 * What the person says of their own work, read before the intent model: a job left or a job's
 * length corrected (role-change-said.ts), whatever is awaited; else, when nothing is awaited,
 * a background told instead of a resume (background-said.ts).
 */
import { backgroundSaid } from "./background-said.ts";
import { roleChangesSaid } from "./role-change-said.ts";
import type { Outcome, PlanContext } from "./types.ts";

export async function workSaid(
  raw: string,
  context: PlanContext,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  return (
    roleChangesSaid(raw, context.focus) ??
    (context.focus.awaiting ? undefined : await backgroundSaid(raw, plan, context.ownSkills))
  );
}
