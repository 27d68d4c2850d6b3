/**
 * What the person says of their own work, read before the intent model: an entry corrected or
 * removed (entry-correction-said.ts), a job left or a job's length corrected (role-change-said.ts),
 * whatever is awaited; else, when nothing is awaited,
 * a background told instead of a resume (background-said.ts).
 */
import { backgroundSaid } from "./background-said.ts";
import { entryCorrectionSaid } from "./entry-correction-said.ts";
import { roleChangesSaid } from "./role-change-said.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** "(copied from LinkedIn)", "(pasted from my CV)": where the words came from, no part of the work (conv15u). */
const withoutSourceNote = (raw: string) =>
  raw.replace(/\s*\((?:copied|pasted|taken|straight)\s+(?:from|off)\s+[^)]{1,40}\)/i, "");

export async function workSaid(
  raw: string,
  context: PlanContext,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  // "rename the bus driver one", "delete my Stagecoach job", "my GPA is 3.7 not 3.6" (entry-correction-said.ts).
  const corrected = await entryCorrectionSaid(raw, context.focus, plan);
  if (corrected) return corrected;
  return (
    roleChangesSaid(raw, context.focus) ??
    (context.focus.awaiting
      ? undefined
      : await backgroundSaid(withoutSourceNote(raw), plan, context.ownSkills))
  );
}
