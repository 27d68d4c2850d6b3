/**
 * Shared, lazily loaded pieces the career tools need: the skill graph and learning
 * catalog, the role finder for dream-role descriptions, the skill extractor, and the
 * profile as the analysis sees it. Loaded on first use so light turns stay light.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Queryable } from "../../data/db/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import type { AnalysisDeps } from "../../tools/gap/analyze.ts";
import type { AnalysisStore, ProfilePort } from "../../tools/gap/ports.ts";
import type { RoleFinder } from "../../tools/jobs/dream-role.ts";
import type { SkillExtractor } from "../../tools/jobs/types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

let deps: Promise<AnalysisDeps> | undefined;
export function analysisDeps(): Promise<AnalysisDeps> {
  deps ??= (async () => {
    const [{ getTaxonomy }, { getLearningCatalog }] = await Promise.all([
      import("../../data/taxonomy/index.ts"),
      import("../../data/learning/index.ts"),
    ]);
    return { graph: getTaxonomy(), catalog: getLearningCatalog() };
  })();
  return deps;
}

let finder: Promise<RoleFinder> | undefined;
export function roleFinder(): Promise<RoleFinder> {
  finder ??= (async () => {
    const { createRoleFinder } = await import("../../tools/jobs/role-finder.ts");
    const file = path.resolve(here, "../../data/roles/roles.json");
    return createRoleFinder(JSON.parse(await readFile(file, "utf8")));
  })();
  return finder;
}

let extractor: Promise<SkillExtractor> | undefined;
export function skillExtractor(section = "chat"): Promise<SkillExtractor> {
  extractor ??= import("../../tools/skills/extract.ts").then(
    ({ extractSkills }) =>
      (text: string) =>
        extractSkills(text, { section }),
  );
  return extractor;
}

/** The analyses repository satisfies the analysis store port structurally. */
export function analysisStore(db: Queryable): AnalysisStore {
  return createAnalysesRepository(db) as unknown as AnalysisStore;
}

export function profilePort(db: Queryable): ProfilePort {
  const repo = createProfileRepository(db);
  return {
    snapshot: (userId) => repo.load(userId),
    async addSkills(userId, additions) {
      const current = new Map((await repo.listSkills(userId)).map((s) => [s.skillId, s]));
      for (const a of additions) {
        const existing = current.get(a.skillId);
        await repo.upsertSkill(userId, {
          skillId: a.skillId,
          name: a.name,
          proficiency: a.proficiency,
          proficiencyReason: a.proficiencyReason,
          proficiencyStated: a.proficiencyStated,
          years: a.years ?? existing?.years,
          lastUsed: existing?.lastUsed,
          source: existing?.source ?? "chat",
          evidence: [...(existing?.evidence ?? []), a.evidence].slice(-5),
          validated: existing?.validated ?? false,
        });
      }
    },
  };
}
