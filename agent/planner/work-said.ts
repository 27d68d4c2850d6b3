/**
 * What the person says of their own work, read before the intent model: an entry corrected or
 * removed (entry-correction-said.ts), a job left or a job's length corrected (role-change-said.ts),
 * whatever is awaited; else, when nothing is awaited,
 * a background told instead of a resume (background-said.ts).
 */
import { apprenticeshipSaid } from "./apprenticeship-said.ts";
import { backgroundAskedAbout } from "./background-asked-about.ts";
import { backgroundSaid } from "./background-said.ts";
import { certificatesSaidAbroad } from "./certificates-named-abroad.ts";
import { claimNotHeld } from "./claim-not-held.ts";
import { entryCorrectionSaid } from "./entry-correction-said.ts";
import { withJobEndNoted } from "./job-ended-said.ts";
import { licenceHeldSaid } from "./licence-held-said.ts";
import { nameSaid } from "./name-said.ts";
import { nameSpelled } from "./name-spelled.ts";
import { ownWorkClaimed } from "./own-work-claimed.ts";
import { roleChangesSaid } from "./role-change-said.ts";
import { skillsHeldAfterAnalysis } from "./skills-held-said.ts";
import { spokenLanguagesSaid } from "./spoken-languages-said.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** "(copied from LinkedIn)", "(pasted from my CV)": where the words came from, no part of the work (conv15u). */
const withoutSourceNote = (raw: string) =>
  raw.replace(/\s*\((?:copied|pasted|taken|straight)\s+(?:from|off)\s+[^)]{1,40}\)/i, "");

export async function workSaid(
  raw: string,
  context: PlanContext,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  // "my name is Marcus Bell, not MARCUS BELL" (name-said.ts); "my name is spelled Priyah" (name-spelled.ts).
  // "… even though I dropped out" (claim-not-held.ts); "i'm a licensed X btw, <licence> since 2016" (licence-held-said.ts).
  const name = nameSaid(raw) ?? nameSpelled(raw) ?? claimNotHeld(raw) ?? licenceHeldSaid(raw);
  if (name) return [name];
  // "customer service is literally my job, i …": the skill claimed, nothing set (own-work-claimed.ts).
  const claimed = ownWorkClaimed(raw);
  if (claimed) return [claimed];
  // "tengo los certificados de GCP y de Soporte Vital Avanzado, y hablo …" (certificates-named-abroad.ts).
  const certificates = await certificatesSaidAbroad(raw, plan);
  if (certificates) return certificates;
  // "rename the bus driver one", "delete my Stagecoach job", "my GPA is 3.7 not 3.6" (entry-correction-said.ts).
  const corrected = await entryCorrectionSaid(raw, context.focus, plan);
  if (corrected) return corrected;
  // "3 years of X and I'm burnt, is there a way out?": asked, not told to save (background-asked-about.ts).
  // "main Hindi, English aur Marathi bolta hu" (spoken-languages-said.ts); "i know Pro Tools …" after an analysis (skills-held-said.ts).
  const asked = context.focus.awaiting
    ? undefined
    : (backgroundAskedAbout(raw) ??
      spokenLanguagesSaid(raw, context.focus) ??
      skillsHeldAfterAnalysis(raw, context.focus) ??
      (await apprenticeshipSaid(raw))); // "ich bin Azubi im dritten Lehrjahr als …" (apprenticeship-said.ts)
  if (asked) return [asked];
  return (
    roleChangesSaid(raw, context.focus) ??
    (context.focus.awaiting
      ? undefined
      : withJobEndNoted(await backgroundSaid(withoutSourceNote(raw), plan, context.ownSkills), raw))
  );
}
