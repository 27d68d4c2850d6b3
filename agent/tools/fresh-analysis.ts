/**
 * The analysis a plan or a "what should I learn first?" is built from, made again when a resume
 * was read after it ran. The designer of trial16 and the chef of trial17 had their fit checked
 * from a few sentences, then sent a resume; the plan that followed still closed the old gaps
 * (week 1: "apply to a bachelor's" although the resume has one). An analysis of a stored target
 * is run again against the profile as it is now; one with no target stays as it is.
 */
import { createAnalysesRepository, type StoredAnalysis } from "../../data/repositories/analyses.ts";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { createAnalysisService } from "../../tools/gap/service.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import type { ToolContext } from "./types.ts";

type StoredResult = StoredAnalysis<Analysis>;

/** `stored`, or a new analysis of its target when a resume was read after it. */
export async function freshAnalysis(ctx: ToolContext, stored: StoredResult): Promise<StoredResult> {
  if (!stored.jobId) return stored;
  if (!(await createResumesRepository(ctx.db).parsedAfterAnalysis(ctx.userId, stored.id))) return stored;
  const outcome = await createAnalysisService(ctx.db).analyzeJob(ctx.userId, stored.jobId);
  return outcome.ok ? outcome.stored : stored;
}

/** The analysis with that id (else the latest), made again when a resume was read after it. */
export async function freshAnalysisId(ctx: ToolContext, id: string | undefined): Promise<string | undefined> {
  const repo = createAnalysesRepository(ctx.db);
  const stored = id
    ? await repo.getAnalysis<Analysis>(ctx.userId, id)
    : await repo.latestAnalysis<Analysis>(ctx.userId);
  return stored ? (await freshAnalysis(ctx, stored)).id : id;
}
