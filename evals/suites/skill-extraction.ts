/**
 * skill-extraction: the skill extractor against three gold sets, with the counting
 * rules of tools/skills/eval (span, overlap, canonical-skill level):
 * SkillSpan knowledge spans per sentence (dev; train too in a full run), whole job
 * postings, and the dotin resumes' Tech Tools + Job Specific Skills labels.
 * `--data FILE` replaces the SkillSpan file (any SkillSpan-format JSONL).
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import type { PrecisionRecall } from "../metrics/classification.ts";
import { PRF_COLUMNS, prfChart, prfMetrics, prfTableRows } from "./helpers.ts";
import { type FieldLike, toPrecisionRecall } from "./measured-fields.ts";

interface SkillsEvalModule {
  evaluateSkillSpan(
    file: string,
    options?: { limit?: number },
  ): { sentences: number; levels: Record<string, FieldLike>; examples: { title: string; detail: string }[] };
  evaluatePostings(
    file: string,
    options?: { limit?: number },
  ): { postings: number; canonical: FieldLike; canonicalKnown: FieldLike };
  evaluateDotin(
    dir: string,
    options?: { limit?: number },
  ): {
    resumes: number;
    strict: FieldLike;
    skills: FieldLike;
    goldCoverage: number;
    topMisses: [string, number][];
  };
}

export const skillExtractionSuite: Suite = {
  name: "skill-extraction",
  title: "Skill extraction",
  description:
    "Span and canonical-skill precision, recall and F1 of the skill extractor on SkillSpan knowledge spans, on whole job postings, and on the dotin resumes' labelled skills.",
  async run(ctx) {
    const devFile = requireData(ctx, path.join(ctx.sharedDataDir, "skillspan/dev.json"), "SkillSpan dev set");
    const mod = await loadCapability<SkillsEvalModule>(
      "Skill extraction measurement (tools/skills/eval)",
      ["tools/skills/eval/index.ts"],
      ["evaluateSkillSpan", "evaluatePostings", "evaluateDotin"],
    );
    const rows: Record<string, PrecisionRecall> = {};
    const metrics: Record<string, number> = {};
    const notes: string[] = [];
    const add = (name: string, value: FieldLike) => {
      rows[name] = toPrecisionRecall(value);
      Object.assign(metrics, prfMetrics(name, rows[name]));
    };

    // The primary file is called "dev" even when --data replaces it, so thresholds stay addressable.
    const sets: [string, string][] = [["dev", devFile]];
    const trainFile = path.join(ctx.sharedDataDir, "skillspan/train.json");
    if (!ctx.fast && !ctx.dataOverride)
      sets.push(["train", requireData({ ...ctx }, trainFile, "SkillSpan train set")]);
    let examples: { title: string; detail: string }[] = [];
    for (const [name, file] of sets) {
      const result = mod.evaluateSkillSpan(file, { limit: ctx.fast ? 1500 : undefined });
      metrics[`${name}.sentences`] = result.sentences;
      for (const [level, value] of Object.entries(result.levels)) add(`${name}.${level}`, value);
      if (name !== "train") examples = result.examples;
    }

    if (!ctx.dataOverride) {
      const postingsFile = path.join(ctx.sharedDataDir, "job_postings/skillspan_postings_train_dev.jsonl");
      const postings = mod.evaluatePostings(requireData({ ...ctx }, postingsFile, "SkillSpan postings"), {
        limit: ctx.fast ? 60 : undefined,
      });
      metrics["postings.count"] = postings.postings;
      add("postings.canonical", postings.canonical);
      add("postings.canonicalKnown", postings.canonicalKnown);

      const dotinDir = requireData(
        { ...ctx },
        path.join(ctx.sharedDataDir, "resumes/dotin_train"),
        "dotin resumes",
      );
      const dotin = mod.evaluateDotin(dotinDir, { limit: ctx.fast ? 80 : undefined });
      metrics["dotin.resumes"] = dotin.resumes;
      metrics["dotin.gold_coverage"] = dotin.goldCoverage;
      add("dotin.strict", dotin.strict);
      add("dotin.skills", dotin.skills);
      notes.push(
        `dotin: ${Math.round(dotin.goldCoverage * 100)}% of labelled skills can be placed in the taxonomy; dotin.skills compares those, dotin.strict counts the rest as misses. Most missed: ${dotin.topMisses
          .slice(0, 8)
          .map(([id, n]) => `${id} (${n})`)
          .join(", ")}.`,
      );
    }
    notes.push(
      "Levels: span = exact character offsets; overlap = a predicted span overlaps a gold span; canonical = gold spans canonicalised through the taxonomy vs. predicted skill ids (unplaceable gold counts as a miss); canonicalKnown = leaving unplaceable gold out.",
      `Counting rules from ${mod.modulePath}.`,
    );
    if (ctx.fast) notes.push("Fast run: first 1,500 SkillSpan sentences, 60 postings and 80 resumes.");
    return {
      metrics,
      dataset: { source: sets.map(([, f]) => f).join(", "), items: metrics["dev.sentences"] },
      charts: [prfChart("Precision, recall and F1 by set and level", rows)],
      tables: [
        {
          title: "By set and level",
          columns: ["set.level", ...PRF_COLUMNS.slice(1)],
          rows: prfTableRows(rows),
        },
      ],
      examples,
      notes,
    };
  },
};
