/**
 * The years a person shows for the ad's own required years asks, as relevant years of the job
 * (issue 13, team pair fit-14): "3+ years of experience as a Data Warehouse developer" was marked
 * met in the requirements list by the years behind it, while the experience score counted
 * "0 relevant year(s)" — relevance there is a role that evidences a required skill or shares a
 * title word, and an ad with no title and its skills asked only in that sentence has neither.
 * Years that meet the ad's own years ask are years of this job's work: the experience score
 * counts them too, so the two never disagree. An overall ask ("5+ years of experience") names
 * no work and is answered by the relevant years themselves (years-asks.ts yearsShownForAsk).
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { RequirementEvidence } from "./evidence.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { yearsShownForAsk } from "./years-asks.ts";

export interface YearsOfAsk {
  /** The ask in the ad's words. */
  text: string;
  years: number;
  /** The roles or statements the years come from. */
  evidence: string[];
}

/** The required years ask of the ad the profile shows most years for, undefined when none shows any. */
export function mostYearsOfAsks(
  asks: readonly RequirementEvidence[],
  ctx: { graph: SkillGraph; profile: ProfileSnapshot; job: JobPosting; now: number | undefined },
): YearsOfAsk | undefined {
  let best: YearsOfAsk | undefined;
  for (const e of asks) {
    if (e.requirement.type !== "years" || e.requirement.kind !== "required" || !e.requirement.years) continue;
    const { shown } = yearsShownForAsk(e.requirement.text, ctx);
    if (shown && shown.years > (best?.years ?? 0))
      best = { text: e.requirement.text, years: shown.years, evidence: shown.evidence };
  }
  return best;
}
