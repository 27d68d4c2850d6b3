/**
 * domainKnowledge score: the job's domain/industry (financial services, bioinformatics...)
 * and any domain-knowledge skills it asks, against the person's domain skills and the
 * industries their roles were in.
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import { domainPattern, withoutInstructions } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { GroupResult } from "./match.ts";
import { titleWorkSays } from "./title-kinship.ts";
import type { ScoreDetail } from "./types.ts";

/** Where the person's history shows something: the role or project that says it, quoted. */
function historyLines(profile: ProfileSnapshot): { where: string; text: string }[] {
  return [
    // Sentences addressed to software are reported by the analysis, never evidence.
    ...[profile.headline, profile.summary]
      .filter((t): t is string => Boolean(t))
      .map((t) => ({ where: "your summary", text: withoutInstructions(t) })),
    ...profile.experience.map((e) => ({
      where: `${e.title ?? "a role"}${e.company ? ` at ${e.company}` : ""}`,
      text: [e.title, e.company, ...e.bullets.map(withoutInstructions)].filter(Boolean).join("\n"),
    })),
    ...profile.projects.map((p) => ({
      where: `project ${p.name}`,
      text: [p.name, p.description && withoutInstructions(p.description)].filter(Boolean).join("\n"),
    })),
  ];
}

/**
 * A domain skill counts in full when something backs it — its own years, a stated level, or a
 * role whose work (its O*NET occupation's titles and duties) says it: a staff accountant's
 * listed accounting;
 * only listed, at half.
 */
function evidencedDomainCredit(
  profile: ProfileSnapshot,
  r: GroupResult,
  roles: ProfileSnapshot["experience"],
  listedShare: number,
): { credit: number; listedOnly: boolean; byRole?: string } {
  if (!r.match) return { credit: 0, listedOnly: false };
  const held = profile.skills.find((s) => s.skillId === r.match!.skillId);
  const backed = !held || held.validated || (held.years ?? 0) > 0 || held.proficiencyStated;
  if (backed) return { credit: r.credit, listedOnly: false };
  const role = roles.find((e) => titleWorkSays(e.title, r.match!.skill));
  if (role?.title)
    return {
      credit: r.credit,
      listedOnly: false,
      byRole: `${role.title}${role.company ? ` at ${role.company}` : ""}`,
    };
  return { credit: r.credit * listedShare, listedOnly: true };
}

/** Share of its credit a listed-only domain skill keeps in the score shown. */
export const LISTED_DOMAIN_SHARE = 0.5;

/**
 * `listedShare`: the score shown credits a listed-only domain skill at half; the verdict's copy
 * (verdict-evidence.ts) at none, so a stuffed domain keyword cannot raise P(FIT).
 */
export function scoreDomain(
  profile: ProfileSnapshot,
  job: JobPosting,
  results: GroupResult[],
  listedShare = LISTED_DOMAIN_SHARE,
): ScoreDetail {
  const domainResults = results.filter((r) => r.group.type === "domain" && r.group.kind === "required");
  if (domainResults.length === 0 && job.domains.length === 0) {
    return {
      score: null,
      enoughData: false,
      explanation: "Not scored: the job names no domain or industry knowledge.",
      evidence: [],
      weight: 0,
    };
  }
  const lines = historyLines(profile);
  const evidence: string[] = [];
  let earned = 0;
  for (const r of domainResults) {
    const { credit, listedOnly, byRole } = evidencedDomainCredit(profile, r, profile.experience, listedShare);
    earned += credit;
    evidence.push(
      r.match
        ? `${r.group.label}: ${r.match.skill} (${credit.toFixed(2)}${listedOnly ? ", only listed: no role, project or years behind it" : byRole ? `, the work of your role as ${byRole}` : ""})`
        : `${r.group.label}: not shown`,
    );
  }
  for (const d of job.domains) {
    const pattern = domainPattern(d);
    const shows = (text: string) => (pattern ? pattern.test(text) : text.toLowerCase().includes(d));
    const found = lines.find((l) => shows(l.text));
    earned += found ? 1 : 0;
    // The line that shows it is quoted, so the person can check the reading.
    const quote = found?.text.split("\n").find(shows)?.trim().slice(0, 160);
    evidence.push(
      `${d}: ${found ? `shown in ${found.where}${quote ? `: "${quote}"` : ""}` : "not in your history"}`,
    );
  }
  const total = domainResults.length + job.domains.length;
  const score = Math.round((100 * earned) / total);
  return {
    score,
    enoughData: true,
    explanation: `${Math.round(earned * 10) / 10} of ${total} domain/industry asks shown in your profile.`,
    evidence,
    weight: 0.1,
  };
}
