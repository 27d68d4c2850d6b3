import { expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createAnalysesRepository } from "./analyses.ts";
import { createUsersRepository } from "./users.ts";

const result = (readiness: number) => ({
  verdict: readiness >= 70 ? ("FIT" as const) : ("UNFIT" as const),
  confidence: 0.8,
  scores: { readiness },
});

describeEachDatabase("jobs, analyses and roadmaps repository", (getDb) => {
  it("stores a job, its analyses newest first and a roadmap with progress", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const repo = createAnalysesRepository(db);
    const me = await users.createUser({});
    const job = await repo.saveJob(me.id, {
      sourceKind: "posting",
      title: "Data Engineer",
      text: "…",
      requirements: { skills: ["sql"] },
    });
    expect((await repo.latestJob(me.id))!.id).toBe(job.id);
    const a1 = await repo.saveAnalysis(me.id, { jobId: job.id, result: result(55) });
    const a2 = await repo.saveAnalysis(me.id, { jobId: job.id, result: result(75) });
    expect((await repo.listAnalyses(me.id)).map((a) => a.id)).toEqual([a2.id, a1.id]);
    expect(a2).toMatchObject({ verdict: "FIT", readiness: 75, confidence: 0.8, jobId: job.id });

    const roadmap = await repo.saveRoadmap(me.id, {
      analysisId: a1.id,
      hoursPerWeek: 10,
      weeks: 4,
      plan: { weeks: [] },
    });
    await repo.setProgress(me.id, roadmap.id, ["w1-1", "w1-2"], true);
    await repo.setProgress(me.id, roadmap.id, ["w1-2"], false);
    const replanned = await repo.replaceRoadmapPlan(me.id, roadmap.id, {
      hoursPerWeek: 5,
      weeks: 8,
      plan: { weeks: [1] },
    });
    expect(Object.keys(replanned.progress)).toEqual(["w1-1"]);
    expect(replanned).toMatchObject({ hoursPerWeek: 5, weeks: 8, plan: { weeks: [1] } });
  });

  it("treats another user's ids as unknown and saves nothing for them", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const repo = createAnalysesRepository(db);
    const me = await users.createUser({});
    const intruder = await users.createUser({});
    const job = await repo.saveJob(me.id, { sourceKind: "role", text: "data engineer", requirements: {} });
    const analysis = await repo.saveAnalysis(me.id, { jobId: job.id, result: result(40) });
    const roadmap = await repo.saveRoadmap(me.id, {
      analysisId: analysis.id,
      hoursPerWeek: 10,
      weeks: 2,
      plan: {},
    });

    await expect(repo.getJob(intruder.id, job.id)).rejects.toThrow(/No job/);
    await expect(repo.getAnalysis(intruder.id, analysis.id)).rejects.toThrow(/No analysis/);
    await expect(repo.saveAnalysis(intruder.id, { jobId: job.id, result: result(99) })).rejects.toThrow(
      /No job/,
    );
    await expect(
      repo.saveRoadmap(intruder.id, { analysisId: analysis.id, hoursPerWeek: 1, weeks: 1, plan: {} }),
    ).rejects.toThrow(/No analysis/);
    await expect(repo.setProgress(intruder.id, roadmap.id, ["x"], true)).rejects.toThrow(/No roadmap/);
    await expect(repo.getRoadmap(me.id, "nonsense")).rejects.toThrow(/No roadmap/);
    expect(await repo.listAnalyses(intruder.id)).toEqual([]);
    expect((await repo.getRoadmap(me.id, roadmap.id)).progress).toEqual({});
  });
});
