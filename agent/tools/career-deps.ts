/**
 * Small shared pieces the chat tools need beyond the tools' services: the skill
 * extractor for chat sentences (loaded on first use so light turns stay light), the
 * profile service, and the analyses repository as the analysis store port.
 */
import type { Queryable } from "../../data/db/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { AnalysisStore } from "../../tools/gap/ports.ts";
import type { SkillExtractor } from "../../tools/jobs/types.ts";
import { createProfileService, type ProfileService } from "../../tools/profile/service.ts";

/** The profile service every chat tool that edits the profile goes through (the CLI and REST use the same). */
export function profileServiceFor(db: Queryable): ProfileService {
  return createProfileService(createProfileRepository(db), getTaxonomy());
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
