/**
 * skill-extraction: span-level and canonical-skill-level precision/recall/F1 of the
 * skill extractor on a SkillSpan-format file (knowledge spans of job-ad sentences).
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import { PRF_COLUMNS, prfChart, prfMetrics, prfTableRows } from "./helpers.ts";
import { fieldsToPrecisionRecall } from "./measured-fields.ts";

interface SkillSpanEvaluation {
  sentences: number;
  /** e.g. { span: ..., canonical: ... } */
  levels: Record<
    string,
    { tp?: number; fp?: number; fn?: number; precision?: number; recall?: number; f1?: number }
  >;
  examples?: { title: string; detail: string }[];
}

interface SkillsEvalModule {
  evaluateSkillSpan(
    file: string,
    options?: { limit?: number },
  ): Promise<SkillSpanEvaluation> | SkillSpanEvaluation;
}

export const skillExtractionSuite: Suite = {
  name: "skill-extraction",
  title: "Skill extraction",
  description:
    "Span and canonical-skill precision, recall and F1 of the skill extractor on SkillSpan knowledge spans (job-ad sentences).",
  async run(ctx) {
    const file = requireData(ctx, path.join(ctx.sharedDataDir, "skillspan/dev.json"), "SkillSpan dev set");
    const mod = await loadCapability<SkillsEvalModule>(
      "Skill extraction measurement (tools/skills/eval)",
      ["tools/skills/eval/index.ts", "tools/skills/eval/skillspan.ts"],
      ["evaluateSkillSpan"],
    );
    const evaluation = await mod.evaluateSkillSpan(file, { limit: ctx.fast ? 1200 : undefined });
    const levels = fieldsToPrecisionRecall(evaluation.levels);
    const metrics: Record<string, number> = { sentences: evaluation.sentences };
    for (const [level, pr] of Object.entries(levels)) Object.assign(metrics, prfMetrics(level, pr));
    return {
      metrics,
      dataset: { source: file, items: evaluation.sentences },
      charts: [prfChart("Precision, recall and F1 by matching level", levels)],
      tables: [{ title: "By level", columns: PRF_COLUMNS, rows: prfTableRows(levels) }],
      examples: evaluation.examples?.slice(0, 15),
      notes: [`Measured by ${mod.modulePath}.`],
    };
  },
};
