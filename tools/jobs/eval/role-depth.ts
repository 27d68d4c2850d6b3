/**
 * `node --import tsx tools/jobs/eval/role-depth.ts [N]`: how many of the common titles (the
 * curated title map and the dream-roles eval's roles) describe a role too thinly to judge a
 * person by — fewer than N (default 3) required items. An item is a required skill or kind of
 * tool (what the Skills score weighs as required) or a required duty line (matched by meaning
 * to the resume). A "Logistics Coordinator" with no required skill and three Office
 * nice-to-haves was FIT for any warehouse resume on Office gaps alone (issue 13 trial).
 */
import { CURATED_TITLES } from "../../../data/roles/curated-titles.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { DREAM_FIELDS } from "../../gap/eval/dream-roles.ts";
import { describeDreamRole } from "../dream-role.ts";
import { loadRoleFinder } from "../target.ts";

/** Titles from the trial and common ones people type that the curated map does not hold. */
const EXTRA = [
  "logistics coordinator",
  "warehouse supervisor",
  "instructional designer",
  "corporate trainer",
];

export interface RoleDepth {
  title: string;
  requiredSkills: number;
  preferredSkills: number;
  requiredDuties: number;
}

export async function roleDepths(): Promise<RoleDepth[]> {
  const find = await loadRoleFinder();
  const graph = getTaxonomy();
  const titles = [
    ...new Set([...CURATED_TITLES.map(([t]) => t), ...DREAM_FIELDS.map((f) => f.role), ...EXTRA]),
  ];
  return titles.map((title) => {
    const job = describeDreamRole(`I want to be a ${title}`, find, graph);
    return {
      title,
      requiredSkills: job.skills.filter((s) => s.kind === "required").length,
      preferredSkills: job.skills.filter((s) => s.kind === "preferred").length,
      requiredDuties: (job.requirementLines ?? []).filter((l) => l.kind === "required").length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 3);
  const depths = await roleDepths();
  const thin = (d: RoleDepth) => d.requiredSkills + d.requiredDuties < n;
  const noSkill = depths.filter((d) => d.requiredSkills === 0);
  for (const d of depths)
    console.log(
      `${thin(d) ? "THIN " : d.requiredSkills === 0 ? "noskl" : "     "} ${d.title.padEnd(34)} required skills ${d.requiredSkills}, duties ${d.requiredDuties}, nice-to-have ${d.preferredSkills}`,
    );
  const mean = (f: (d: RoleDepth) => number) =>
    Math.round((depths.reduce((s, d) => s + f(d), 0) / depths.length) * 10) / 10;
  console.log(
    `\n${depths.length} titles: ${depths.filter(thin).length} with fewer than ${n} required items; ${noSkill.length} with no required skill; mean required skills ${mean((d) => d.requiredSkills)}, mean required duties ${mean((d) => d.requiredDuties)}`,
  );
}
