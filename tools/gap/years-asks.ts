/**
 * An ad's stated minimum of years ("5+ years of software development", "at least 3 years of
 * Python") is met by years, not by a line that reads alike: each `years` ask is checked against
 * the years the experience service counts (score-experience.ts relevant years for an overall
 * ask, experience.ts yearsForRequirement for the skills the ask names — dated roles that
 * evidence them, or years the person stated), and the roles counted are quoted.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import { type RequirementEvidence, SIMILARITY_MET, SIMILARITY_NONE } from "./evidence.ts";
import { yearsForRequirement } from "./experience.ts";
import { type KindOfWork, kindOfYearsAsk, yearsOfKind } from "./kind-years.ts";
import type { SkillGraph } from "./skill-graph.ts";

export interface YearsContext {
  graph: SkillGraph;
  profile: ProfileSnapshot;
  job: JobPosting;
  /** Relevant years counted for the job (score-experience.ts). */
  heldYears: number;
  /** The month "present" means. */
  now: number | undefined;
}

/**
 * The skills a years ask is about: the job parser's reading of the same clause
 * (JobPosting.experience, whose evidence is the clause), none for an overall ask.
 */
function skillsOfAsk(job: JobPosting, text: string): string[] {
  const lower = text.toLowerCase();
  const entry = job.experience.find((e) => {
    const clause = e.evidence.toLowerCase().slice(0, 60);
    return clause.length > 10 && (lower.includes(clause) || clause.includes(lower.slice(0, 60)));
  });
  return entry?.skills ?? [];
}

/**
 * The years shown for a years ask about skills ("3+ years of T-SQL") or a kind of work ("2+ years
 * as a content editor"): the dated roles or statements behind them. `shown` is undefined for an
 * overall ask, which the job's relevant years answer (score-experience.ts).
 */
export function yearsShownForAsk(
  text: string,
  ctx: Omit<YearsContext, "heldYears">,
): { ids: string[]; kind?: KindOfWork; shown?: { years: number; evidence: string[] } } {
  const ids = skillsOfAsk(ctx.job, text);
  if (ids.length) return { ids, shown: yearsForRequirement(ctx.graph, ctx.profile, ids, ctx.now) };
  // "2+ years as a content editor": the years of the roles that are that work.
  const kind = kindOfYearsAsk(text, ctx.job, ctx.graph);
  return kind ? { ids, kind, shown: yearsOfKind(ctx.graph, ctx.profile, kind, ctx.now) } : { ids };
}

/** The evidence of every years ask replaced by the years held against the years asked. */
export function checkYearsAsks(evidence: RequirementEvidence[], ctx: YearsContext): RequirementEvidence[] {
  return evidence.map((e) => {
    const asked = e.requirement.years;
    if (e.requirement.type !== "years" || asked === undefined) return e;
    // "0-2 years of experience": an entry-level range asks no years, so anyone meets it.
    if (asked === 0) {
      const { quote: _readAlike, ...rest } = e;
      return { ...rest, similarity: 1, met: true, yearsHeld: ctx.heldYears, quote: "no minimum years asked" };
    }
    const { ids, kind, shown: ofAsk } = yearsShownForAsk(e.requirement.text, ctx);
    const shown = ofAsk ?? { years: ctx.heldYears, evidence: [] as string[] };
    const ratio = Math.min(1, shown.years / asked);
    // Partial credit in proportion to the years held (evidence.ts partialCredit reads it back).
    const similarity = ratio >= 1 ? 1 : SIMILARITY_NONE + ratio * (SIMILARITY_MET - SIMILARITY_NONE);
    const { quote: _readAlike, ...rest } = e;
    return {
      ...rest,
      similarity: Math.round(similarity * 1000) / 1000,
      met: ratio >= 1,
      yearsHeld: shown.years,
      ...(shown.years > 0
        ? {
            quote: `${shown.years} year(s)${ids.length ? "" : kind ? ` as ${kind.phrase}` : " of relevant experience"}${shown.evidence.length ? `: ${shown.evidence.slice(0, 3).join("; ")}` : ""}`,
          }
        : {}),
    };
  });
}
