/** Years of experience typical for a seniority, used when an ad or a role states none. */
import type { Seniority } from "./types.ts";

export const TYPICAL_YEARS: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 3,
  senior: 5,
  lead: 6,
  principal: 8,
  manager: 5,
  director: 10,
};
