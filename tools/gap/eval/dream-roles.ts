/**
 * `node --import tsx tools/gap/eval/dream-roles.ts`: for a resume of each field (the outside
 * dev pairs' FIT resumes, one per field), "I want to work as a <role>" for every field's role
 * is analysed; the person's own field should rank first (by P(FIT) plus how close the role
 * title is to their own titles, then readiness). Prints
 * the rank of the own role per field and the mean reciprocal rank. Skips without ../shared.
 */
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { describeDreamRole } from "../../jobs/dream-role.ts";
import { loadRoleFinder } from "../../jobs/target.ts";
import { loadDevPairs } from "./dev-set.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText } from "./shared-data.ts";

/** The role a person of each dev-set field would name. */
export const FIELD_ROLES: Record<string, string> = {
  sales: "sales representative",
  marketing: "marketing manager",
  hr: "human resources manager",
  finance: "financial analyst",
  healthcare: "registered nurse",
  design: "web designer",
  data: "data analyst",
  engineering: "mechanical engineer",
  customer_support: "customer service representative",
  software: "software developer",
  teaching: "teacher",
  operations: "operations manager",
  legal: "lawyer",
};

export async function measureDreamRoles() {
  const pairs = loadDevPairs();
  if (!pairs) return undefined;
  const deps = await defaultFitDeps();
  const finder = await loadRoleFinder();
  const graph = getTaxonomy();
  const jobs = Object.entries(FIELD_ROLES).map(([field, role]) => ({
    field,
    job: describeDreamRole(`I want to work as a ${role}`, finder, graph),
  }));
  const rows: { field: string; resume: string; rank: number; top: string }[] = [];
  for (const field of Object.keys(FIELD_ROLES)) {
    const pair = pairs.find((p) => p.field === field && p.label === "FIT");
    if (!pair) continue;
    const profile = await deps.profileFromText(loadResumeText(pair.resume)!);
    const ranked = jobs
      .map(({ field: f, job }) => {
        const a = deps.analyze(profile, job);
        // Fit and closeness of the role to what the person has done (their titles).
        const title = a.verdictModel?.features.titleSimilarity ?? 0;
        return { f, p: (a.verdictModel?.probability ?? 0) + title, r: a.scores.readiness };
      })
      .sort((a, b) => b.p - a.p || b.r - a.r || a.f.localeCompare(b.f));
    rows.push({
      field,
      resume: pair.resume,
      rank: ranked.findIndex((x) => x.f === field) + 1,
      top: ranked[0]!.f,
    });
  }
  const mrr = rows.reduce((s, r) => s + 1 / r.rank, 0) / Math.max(1, rows.length);
  return {
    fields: rows.length,
    first: rows.filter((r) => r.rank === 1).length,
    mrr: Math.round(mrr * 1000) / 1000,
    rows,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measureDreamRoles();
  if (!report) process.stderr.write("dream roles skipped: ../shared/data is absent\n");
  else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
