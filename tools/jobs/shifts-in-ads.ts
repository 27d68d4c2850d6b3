/**
 * The shifts an ad asks for: "night shift", "overnights", "weekends required", "rotating
 * shifts", "evening shift". Only the shift forms an ad writes as hours of the job are read —
 * a bare "days" ("within 30 days", "5 days a week") says no shift — and a shift the ad rules
 * out ("Monday to Friday, no weekends") is not asked. The words are shifts.ts's, the ones an ad
 * writes as hours. Read by the ad parser into JobPosting.shifts.
 */
import type { Shift } from "../../contract/profile.ts";
import { SHIFTS_IN_AD_WORDS, shiftsIn } from "./shifts.ts";

export function shiftsAsked(adText: string): Shift[] {
  const ruledOut = new Set(
    shiftsIn(adText)
      .filter((s) => s.stance === "no")
      .map((s) => s.shift),
  );
  return SHIFTS_IN_AD_WORDS.filter(([shift, words]) => words.test(adText) && !ruledOut.has(shift)).map(
    ([shift]) => shift,
  );
}
