/**
 * `--user ID` for `analyze` and `roadmap`: use that user's stored profile, and store the
 * job, the analysis (and the roadmap) in their history. Every query is scoped to the user;
 * an unknown user id is a clear error and nothing is written.
 */

import type { ProfileSnapshot } from "../../../contract/profile.ts";
import { createAnalysesRepository } from "../../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../../data/repositories/profile.ts";
import type { AnalysisDeps } from "../../../tools/gap/analyze.ts";
import { runAndStore } from "../../../tools/gap/history.ts";
import type { AnalysisStore } from "../../../tools/gap/ports.ts";
import { profilePortFromRepository } from "../../../tools/gap/profile-port.ts";
import type { Analysis } from "../../../tools/gap/types.ts";
import type { JobPosting } from "../../../tools/jobs/types.ts";
import { buildRoadmap } from "../../../tools/roadmap/build.ts";
import type { Roadmap, RoadmapOptions } from "../../../tools/roadmap/types.ts";
import type { CliContext } from "../context.ts";
import { cliUserId } from "./cli-user.ts";

export interface StoredRun {
  analysis: Analysis;
  analysisId: string;
  profile: ProfileSnapshot;
  roadmap?: Roadmap;
  roadmapId?: string;
}

export async function analyzeForUser(
  ctx: Pick<CliContext, "withDb">,
  userId: string,
  deps: AnalysisDeps,
  target: { posting: JobPosting; text: string },
  roadmapOptions?: RoadmapOptions,
): Promise<StoredRun> {
  return ctx.withDb(async (db) => {
    userId = await cliUserId(db, userId);
    const analyses = createAnalysesRepository(db);
    const profilePort = profilePortFromRepository(createProfileRepository(db));
    const ports = { store: analyses as unknown as AnalysisStore, profile: profilePort };
    const profile = await profilePort.snapshot(userId);
    const { analysis, stored } = await runAndStore(ports, deps, userId, target);
    if (!roadmapOptions) return { analysis, analysisId: stored.id, profile };
    const roadmap = buildRoadmap(analysis, profile, deps, roadmapOptions);
    const saved = await analyses.saveRoadmap(userId, {
      analysisId: stored.id,
      hoursPerWeek: roadmap.hoursPerWeek,
      weeks: roadmap.weeks.length,
      plan: roadmap,
    });
    return { analysis, analysisId: stored.id, profile, roadmap, roadmapId: saved.id };
  });
}
