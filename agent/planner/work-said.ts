/**
 * What the person says of their own work, read before the intent model: an entry corrected or
 * removed (entry-correction-said.ts), a job left or a job's length corrected (role-change-said.ts),
 * whatever is awaited; else, when nothing is awaited,
 * a background told instead of a resume (background-said.ts).
 */
import { backgroundSaid } from "./background-said.ts";
import { entryCorrectionSaid } from "./entry-correction-said.ts";
import { nameSaid } from "./name-said.ts";
import { roleChangesSaid } from "./role-change-said.ts";
import type { Outcome, PlanContext } from "./types.ts";

export async function workSaid(
  raw: string,
  context: PlanContext,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  // "my name is Marcus Bell, not MARCUS BELL" (name-said.ts).
  const name = nameSaid(raw);
  if (name) return [name];
  // "rename the bus driver one", "delete my Stagecoach job", "my GPA is 3.7 not 3.6" (entry-correction-said.ts).
  const corrected = await entryCorrectionSaid(raw, context.focus, plan);
  if (corrected) return corrected;
  return (
    roleChangesSaid(raw, context.focus) ??
    (context.focus.awaiting ? undefined : await backgroundSaid(raw, plan, context.ownSkills))
  );
}
