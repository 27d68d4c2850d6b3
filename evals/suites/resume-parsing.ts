/**
 * resume-parsing: per-field precision/recall/F1 of the resume parser on dotin-labelled
 * resumes (tags stripped for the text, tags as gold). The matching rules live with the
 * parser (tools/resume/eval/); this suite picks the data, runs it and reports.
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { requireData } from "../core/data-files.ts";
import type { Suite } from "../core/types.ts";
import { type PrecisionRecall, precisionRecall } from "../metrics/classification.ts";
import { PRF_COLUMNS, prfChart, prfMetrics, prfTableRows } from "./helpers.ts";
import { benchPathMetrics } from "./resume-bench-paths.ts";

interface FieldScore {
  field: string;
  tp: number;
  predicted: number;
  gold: number;
}

interface DotinModule {
  loadDotin(dir: string): { id: string; text: string; gold: Record<string, string[]> }[];
}
interface EvaluateModule {
  evaluateResumes(resumes: unknown[], skills: unknown): Promise<{ resumes: number; scores: FieldScore[] }>;
}
interface SkillsPortModule {
  loadSkillExtractor(): Promise<unknown | null>;
}

export const resumeParsingSuite: Suite = {
  name: "resume-parsing",
  title: "Resume parsing",
  description:
    "Per-field precision, recall and F1 of the resume parser on dotin-labelled resumes (name, email, location, designations, companies, degrees, colleges, graduation year, and skills after canonicalisation), and both the text and the PDF path scored by resume-bench's rules.",
  async run(ctx) {
    const dir = requireData(
      ctx,
      path.join(ctx.sharedDataDir, "resumes/dotin_train"),
      "Labelled dotin resumes",
    );
    const what = "Resume parsing measurement (tools/resume/eval)";
    const dotin = await loadCapability<DotinModule>(what, ["tools/resume/eval/dotin.ts"], ["loadDotin"]);
    const evaluate = await loadCapability<EvaluateModule>(
      what,
      ["tools/resume/eval/evaluate.ts"],
      ["evaluateResumes"],
    );
    const port = await loadCapability<SkillsPortModule>(
      what,
      ["tools/resume/skills-port.ts"],
      ["loadSkillExtractor"],
    );
    const all = dotin.loadDotin(dir);
    if (all.length === 0) throw new Error(`${dir} holds no labelled .xml resumes.`);
    // Parsing all 310 takes about two seconds: the fast run keeps the whole set, so
    // floors such as email F1 >= 0.98 are not judged on a noisy sample.
    const resumes = all;
    const skills = await port.loadSkillExtractor();
    ctx.log(
      `${resumes.length} resumes from ${dir}${skills ? "" : " (skill extractor absent: skills not scored)"}`,
    );
    const result = await evaluate.evaluateResumes(resumes, skills);
    const fields: Record<string, PrecisionRecall> = {};
    for (const s of result.scores) {
      fields[s.field] = precisionRecall({ tp: s.tp, fp: s.predicted - s.tp, fn: s.gold - s.tp });
    }
    const metrics: Record<string, number> = { resumes: result.resumes };
    for (const [field, pr] of Object.entries(fields)) Object.assign(metrics, prfMetrics(field, pr));
    const notes = [
      `Matching rules from ${evaluate.modulePath}: names and emails exact; titles, companies, degrees, schools and places also match when one contains the other as whole words; micro-averaged over resumes.`,
    ];
    if (!skills)
      notes.push("Skills were not scored: the skill extractor (tools/skills/extract.ts) is not present.");
    const bench = await benchPathMetrics(
      ctx,
      dir,
      all.map((r) => r.id),
      skills,
    );
    Object.assign(metrics, bench.metrics);
    notes.push(...bench.notes);
    return {
      metrics,
      dataset: { source: dir, items: resumes.length },
      charts: [prfChart("Precision, recall and F1 per field", fields)],
      tables: [{ title: "Per field", columns: PRF_COLUMNS, rows: prfTableRows(fields) }, bench.table],
      notes,
    };
  },
};
