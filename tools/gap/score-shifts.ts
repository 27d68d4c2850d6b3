/**
 * Shifts in the culture-fit score (the score of work conditions: what the person wants of a
 * workplace against what the ad says of it). The ad's shifts (JobPosting.shifts, read by
 * tools/jobs/shifts-in-ads.ts) are compared with the person's stated shifts (Preferences.shifts):
 * a shift the ad asks that the person refuses, or outside the one they keep to, holds the score
 * down and says so; shifts that fit are said too. When either side is silent the explanation
 * says which side, and the score stays what the values gave.
 */
import type { ProfileSnapshot, Shift, ShiftPreference } from "../../contract/profile.ts";
import { shiftWords } from "../jobs/shifts.ts";
import type { JobPosting } from "../jobs/types.ts";
import { withCondition, withNote } from "./condition-detail.ts";
import type { ScoreDetail } from "./types.ts";

const NAMES: Record<Shift, string> = {
  day: "day shifts",
  evening: "evening shifts",
  night: "night shifts",
  weekend: "weekend work",
  rotating: "rotating shifts",
};

const list = (shifts: Shift[]) => shifts.map((s) => NAMES[s]).join(" and ");

function clashes(asked: Shift[], said: ShiftPreference[]): Shift[] {
  const only = said.find((s) => s.stance === "only")?.shift;
  return asked.filter(
    (a) =>
      said.some((s) => s.shift === a && s.stance === "no") ||
      (only !== undefined && a !== only && a !== "weekend"),
  );
}

export function withShiftFit(detail: ScoreDetail, profile: ProfileSnapshot, job: JobPosting): ScoreDetail {
  if (job.source === "role_profile") return detail;
  const asked = job.shifts ?? [];
  const said = profile.preferences.shifts ?? [];
  if (asked.length === 0 && said.length === 0) return detail;
  const adSays = `ad: ${list(asked)}`;
  const youSay = `you: ${shiftWords(said)}`;
  if (asked.length === 0)
    return withNote(
      detail,
      `The ad doesn't say which shifts it needs, so your shifts (${shiftWords(said)}) weren't compared.`,
      [youSay],
    );
  if (said.length === 0)
    return withNote(
      detail,
      `The ad asks for ${list(asked)}; tell me which shifts you can work to have them compared.`,
      [adSays],
    );
  const clash = clashes(asked, said);
  return withCondition(detail, {
    ...(clash.length
      ? { clash: `The ad asks for ${list(clash)}, which you said you can't work (${shiftWords(said)}).` }
      : {}),
    fit: `The ad's shifts (${list(asked)}) fit what you said (${shiftWords(said)}).`,
    adSays,
    youSay,
  });
}
