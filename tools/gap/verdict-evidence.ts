/**
 * What the verdict weighs: what the person did, never what they only named. A skill only listed
 * (a skills section, a keyword list run on from a paragraph) earns partial credit in the scores
 * shown, but for the verdict it is not met (match.ts evidencedResults): a listing cannot by
 * itself turn UNFIT into FIT (issue 13). Every input of the verdict that credits skills reads
 * that view — the skills score, and here the domain score, the readiness built from them and the
 * required gaps left open — so a stuffed list cannot reach P(FIT) through any of them. A level
 * word counts as the person's statement; listed-evidence.ts and pasted-ad-text.ts void one read
 * off a keyword list or copied from the ad.
 */
import type { GroupResult } from "./match.ts";
import { CRITICAL_CREDIT } from "./readiness.ts";
import { scoreDomain } from "./score-domain.ts";
import { type Context, openRequiredGaps } from "./stage-context.ts";
import type { ScoreDetail } from "./types.ts";

/** The domain score with a listed-only domain skill crediting nothing. */
export function verdictDomain(ctx: Context, results: GroupResult[]): ScoreDetail | undefined {
  if (!ctx.details.domainKnowledge) return undefined;
  return scoreDomain(ctx.profile, ctx.job, results, 0);
}

/**
 * Required gaps left open (critical or high) as the verdict sees them: the licence gaps, and
 * every required skill whose evidenced credit is under the critical credit — a listing that
 * closed the gap in the shown analysis leaves it open here.
 */
export function verdictOpenGaps(ctx: Context, results: GroupResult[]): number {
  return verdictOpenGapNames(ctx, results).length;
}

/** The same gaps by name (the required-asks rule names them: verdict-rule.ts). */
export function verdictOpenGapNames(ctx: Context, results: GroupResult[]): string[] {
  const licences = openRequiredGaps(ctx.gaps).filter((g) => g.type === "licence");
  const skills = results.filter((r) => r.group.kind === "required" && r.credit < CRITICAL_CREDIT);
  return [...licences.map((g) => g.skill), ...skills.map((r) => r.group.label)];
}

/**
 * Of those gaps, the soft traits asked as required ("Communication", "Teamwork", "Detail-oriented"):
 * judged at interview more than on paper (evidence17e: 21% of the must-haves read as missing on
 * FIT pairs were such traits), so the required-asks rule may leave them out (verdict-rule.ts).
 */
export function verdictOpenSoftGapNames(results: GroupResult[]): string[] {
  return results
    .filter((r) => r.group.kind === "required" && r.credit < CRITICAL_CREDIT && r.group.type === "soft")
    .map((r) => r.group.label);
}
