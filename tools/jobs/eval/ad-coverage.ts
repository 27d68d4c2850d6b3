/**
 * How well the job parser reads real ads: the share of ads that yield each field, and for
 * ads with gold header fields (technologies, experience level, job type, remote) how often
 * the parse agrees. Gold technology tags are canonicalised through the taxonomy first; tags
 * the taxonomy does not know are left out of the recall.
 */

import type { ReferencePosting } from "../../gap/eval/shared-data.ts";
import type { SkillGraph } from "../../gap/skill-graph.ts";
import type { JobPosting } from "../types.ts";

export interface AdCoverageReport {
  ads: number;
  fieldRates: Record<string, number>;
  gold: {
    technologiesRecall: number;
    technologiesCompared: number;
    seniorityAgreement: number;
    seniorityCompared: number;
    employmentTypeAgreement: number;
    employmentTypeCompared: number;
    remoteAgreement: number;
    remoteCompared: number;
  };
  meanRequiredSkills: number;
  meanParseConfidence: number;
}

const SENIORITY_GOLD: [RegExp, string[]][] = [
  [/junior/i, ["junior", "intern"]],
  [/mid/i, ["mid"]],
  [/senior/i, ["senior"]],
  [/lead/i, ["lead", "principal"]],
  [/manager/i, ["manager", "director"]],
];

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 1000);

export function measureAdParsing(
  postings: ReferencePosting[],
  parse: (text: string) => JobPosting,
  graph: SkillGraph,
): AdCoverageReport {
  const counts: Record<string, number> = {};
  const bump = (k: string, ok: unknown) => {
    counts[k] = (counts[k] ?? 0) + (ok ? 1 : 0);
  };
  let techFound = 0;
  let techTotal = 0;
  let senOk = 0;
  let senN = 0;
  let empOk = 0;
  let empN = 0;
  let remOk = 0;
  let remN = 0;
  let required = 0;
  let confidence = 0;
  for (const p of postings) {
    const job = parse(p.text);
    bump("title", job.title);
    bump(
      "requiredSkills",
      job.skills.some((s) => s.kind === "required"),
    );
    bump(
      "preferredSkills",
      job.skills.some((s) => s.kind === "preferred"),
    );
    bump(
      "mustHaves",
      job.skills.some((s) => s.critical),
    );
    bump("yearsOfExperience", job.experience.length > 0);
    bump("seniority", job.seniority);
    bump("education", job.education);
    bump("workMode", job.workMode);
    bump("employmentType", job.employmentType);
    bump("salary", job.salary);
    bump("softSkills", job.softSkills.length > 0);
    bump("domains", job.domains.length > 0);
    bump("responsibilities", job.responsibilities.length > 0);
    bump("culture", job.culture.length > 0);
    bump("languages", job.languages.length > 0);
    required += job.skills.filter((s) => s.kind === "required").length;
    confidence += job.parseConfidence;

    const found = new Set(job.skills.flatMap((s) => [s.skillId, ...s.alternatives]));
    for (const tag of new Set(p.meta?.technologies ?? [])) {
      const skill = graph.lookup(tag.replace(/-/g, " ")) ?? graph.lookup(tag);
      if (!skill) continue;
      techTotal++;
      if (found.has(skill.id)) techFound++;
    }
    const level = p.meta?.experience_level;
    if (level) {
      senN++;
      const accepted = SENIORITY_GOLD.filter(([re]) => re.test(level)).flatMap(([, s]) => s);
      if (job.seniority && accepted.includes(job.seniority)) senOk++;
    }
    const type = p.meta?.job_type;
    if (type) {
      empN++;
      const gold = /full/i.test(type)
        ? "full_time"
        : /part/i.test(type)
          ? "part_time"
          : /contract/i.test(type)
            ? "contract"
            : /intern/i.test(type)
              ? "internship"
              : undefined;
      if (gold && job.employmentType === gold) empOk++;
    }
    const options = p.meta?.location_options;
    if (options !== undefined) {
      remN++;
      const goldRemote = /remote/i.test(options);
      if (goldRemote === (job.workMode === "remote" || job.workMode === "hybrid")) remOk++;
    }
  }
  const n = postings.length;
  return {
    ads: n,
    fieldRates: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, rate(v, n)])),
    gold: {
      technologiesRecall: rate(techFound, techTotal),
      technologiesCompared: techTotal,
      seniorityAgreement: rate(senOk, senN),
      seniorityCompared: senN,
      employmentTypeAgreement: rate(empOk, empN),
      employmentTypeCompared: empN,
      remoteAgreement: rate(remOk, remN),
      remoteCompared: remN,
    },
    meanRequiredSkills: Math.round((10 * required) / Math.max(1, n)) / 10,
    meanParseConfidence: rate(confidence, n),
  };
}
