/**
 * Small shared pieces the chat tools need beyond the tools' services: the skill
 * extractor for chat sentences (loaded on first use so light turns stay light) and the
 * analyses repository as the analysis store port.
 */
import type { Queryable } from "../../data/db/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import type { AnalysisStore } from "../../tools/gap/ports.ts";
import type { SkillExtractor } from "../../tools/jobs/types.ts";

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
