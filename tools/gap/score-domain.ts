/**
 * domainKnowledge score: the job's domain/industry (financial services, bioinformatics...)
 * and any domain-knowledge skills it asks, against the person's domain skills and the
 * industries their roles were in.
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import { domainPattern } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { GroupResult } from "./match.ts";
import type { ScoreDetail } from "./types.ts";

function historyText(profile: ProfileSnapshot): string {
  return [
    profile.headline,
    profile.summary,
    ...profile.experience.flatMap((e) => [e.title, e.company, ...e.bullets]),
    ...profile.projects.flatMap((p) => [p.name, p.description]),
  ]
    .filter(Boolean)
    .join("\n");
}

export function scoreDomain(profile: ProfileSnapshot, job: JobPosting, results: GroupResult[]): ScoreDetail {
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
  const history = historyText(profile);
  const evidence: string[] = [];
  let earned = 0;
  for (const r of domainResults) {
    earned += r.credit;
    evidence.push(
      r.match ? `${r.group.label}: ${r.match.skill} (${r.credit.toFixed(2)})` : `${r.group.label}: not shown`,
    );
  }
  for (const d of job.domains) {
    const pattern = domainPattern(d);
    const seen = pattern ? pattern.test(history) : history.toLowerCase().includes(d);
    // Industry experience counts for less than a named domain skill: it is read from prose.
    earned += seen ? 1 : 0;
    evidence.push(`${d}: ${seen ? "worked in or described in your history" : "not in your history"}`);
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
