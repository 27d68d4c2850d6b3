/**
 * The shifts an ad asks for: "night shift", "overnights", "weekends required", "rotating
 * shifts", "evening shift". Only the shift forms an ad writes as hours of the job are read —
 * a bare "days" ("within 30 days", "5 days a week") says no shift — and a shift the ad rules
 * out ("Monday to Friday, no weekends") is not asked. Read by the ad parser into JobPosting.shifts.
 */
import type { Shift } from "../../contract/profile.ts";
import { shiftsIn } from "./shifts.ts";

const ASKED: [Shift, RegExp][] = [
  ["night", /\b(?:night[- ]?shifts?|nights|overnights?|graveyard(?: shifts?)?|night work)\b/i],
  ["evening", /\b(?:evening[- ]?shifts?|evenings|swing[- ]?shifts?|late shifts?)\b/i],
  ["weekend", /\b(?:weekends?|week-ends?|saturdays?|sundays?)\b/i],
  ["rotating", /\b(?:rotating(?: shifts?| schedule| rota)?|shift rotation|rotas?)\b/i],
  ["day", /\b(?:day[- ]?shifts?|daytime (?:hours|shifts?))\b/i],
];

export function shiftsAsked(adText: string): Shift[] {
  const ruledOut = new Set(
    shiftsIn(adText)
      .filter((s) => s.stance === "no")
      .map((s) => s.shift),
  );
  return ASKED.filter(([shift, words]) => words.test(adText) && !ruledOut.has(shift)).map(([shift]) => shift);
}
