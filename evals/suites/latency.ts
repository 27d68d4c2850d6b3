/**
 * latency: p50/p95 of the operations a person waits for — resume parsing, job-ad
 * parsing, analysis, roadmap, interview-question search and one offline chat turn —
 * on our own fixture texts (no reference data needed). Each operation is measured only
 * if its capability exists; the rest are listed as not measured.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { SuiteNotAvailable } from "../core/errors.ts";
import type { Suite, Table } from "../core/types.ts";
import { type LatencySummary, summariseLatency, timeIt } from "../metrics/latency.ts";
import {
  type AnalysisLike,
  loadAnalysisPipeline,
  openConversationEntry,
  openQuestionSearch,
} from "./ports.ts";

interface RoadmapModule {
  buildRoadmap(
    analysis: unknown,
    profile: unknown,
    deps: unknown,
    options?: { hoursPerWeek?: number },
  ): unknown;
}
interface DepsModules {
  taxonomy: { getTaxonomy(): unknown };
  learning: { getLearningCatalog(): unknown };
}

const FIXTURES = "evals/data/conversations/fixtures";

export const latencySuite: Suite = {
  name: "latency",
  title: "Latency",
  description:
    "p50 and p95 of resume parsing, job-ad parsing, analysis, roadmap, interview-question search and an offline chat turn, measured warm in this process.",
  async run(ctx) {
    const resumeText = readFileSync(path.join(ctx.repoRoot, FIXTURES, "priya-analyst-resume.txt"), "utf8");
    const jobText = readFileSync(path.join(ctx.repoRoot, FIXTURES, "data-engineer-posting.txt"), "utf8");
    const iterations = ctx.fast ? 15 : 50;
    const results: Record<string, LatencySummary> = {};
    const missing: string[] = [];
    const measure = async (name: string, fn: () => unknown, n = iterations) => {
      results[name] = summariseLatency(await timeIt(fn, { iterations: n, warmup: 3 }));
      ctx.log(`${name}: p50 ${results[name].p50.toFixed(1)} ms, p95 ${results[name].p95.toFixed(1)} ms`);
    };
    const tryStep = async (name: string, step: () => Promise<void>) => {
      try {
        await step();
      } catch (error) {
        if (error instanceof SuiteNotAvailable) missing.push(`${name}: ${error.message}`);
        else throw error;
      }
    };

    let analysis: AnalysisLike | undefined;
    let profile: unknown;
    await tryStep("parse/analyse", async () => {
      const pipeline = await loadAnalysisPipeline();
      await measure("parse", () => pipeline.profileFromText(resumeText));
      await measure("parse_job", () => pipeline.parseJob(jobText));
      profile = await pipeline.profileFromText(resumeText);
      const job = pipeline.parseJob(jobText);
      await measure("analyse", () => pipeline.analyze(profile, job));
      analysis = pipeline.analyze(profile, job);
    });
    await tryStep("roadmap", async () => {
      if (!analysis) throw new SuiteNotAvailable("needs an analysis first");
      const what = "Roadmap (tools/roadmap)";
      const { buildRoadmap } = await loadCapability<RoadmapModule>(
        what,
        ["tools/roadmap/build.ts"],
        ["buildRoadmap"],
      );
      const m: DepsModules = {
        taxonomy: await loadCapability(what, ["data/taxonomy/index.ts"], ["getTaxonomy"]),
        learning: await loadCapability(what, ["data/learning/index.ts"], ["getLearningCatalog"]),
      };
      const deps = { graph: m.taxonomy.getTaxonomy(), catalog: m.learning.getLearningCatalog() };
      const a = analysis;
      await measure("roadmap", () => buildRoadmap(a, profile, deps, { hoursPerWeek: 10 }));
    });
    await tryStep("search", async () => {
      const search = await openQuestionSearch();
      const queries = [
        "how do I explain a production outage",
        "sql joins for analysts",
        "tell me about a conflict with a teammate",
      ];
      let i = 0;
      try {
        await measure("search", () => search.search(queries[i++ % queries.length], { limit: 10 }));
      } finally {
        await search.close();
      }
    });
    await tryStep("chat_turn", async () => {
      const entry = await openConversationEntry("offline");
      const identity = { channel: "eval", externalId: `latency-${Date.now()}` };
      const turn = async () => {
        for await (const _ of entry.converse(identity, "latency", {
          text: "show my skills",
          attachments: [],
        })) {
          // drain the reply: a turn ends when its events do
        }
      };
      try {
        await turn();
        await measure("chat_turn", turn, ctx.fast ? 10 : 30);
      } finally {
        await entry.close();
      }
    });

    if (Object.keys(results).length === 0) throw new SuiteNotAvailable(missing.join("; "));
    const metrics: Record<string, number> = {};
    for (const [name, s] of Object.entries(results)) {
      metrics[`${name}.p50_ms`] = s.p50;
      metrics[`${name}.p95_ms`] = s.p95;
    }
    const table: Table = {
      title: "Timings (ms)",
      columns: ["operation", "n", "p50_ms", "p95_ms", "mean_ms", "max_ms"],
      rows: Object.entries(results).map(([name, s]) => [name, s.n, s.p50, s.p95, s.mean, s.max]),
    };
    return {
      metrics,
      charts: [
        {
          kind: "bars",
          title: "p50 and p95 per operation",
          series: ["p50", "p95"],
          unit: "ms",
          groups: Object.entries(results).map(([name, s]) => ({ label: name, values: [s.p50, s.p95] })),
        },
      ],
      tables: [table],
      notes: [
        "Measured warm in the eval process (3 untimed warm-up calls) on the project's own fixture resume and posting; search runs over the shipped bank on in-memory PGlite; the chat turn is 'show my skills' with the offline planner and checkpoints in in-memory PGlite. The benchmarks (npm run bench) are the authority for the issue budgets on their reference setups.",
        ...missing.map((m) => `Not measured — ${m}`),
      ],
    };
  },
};
