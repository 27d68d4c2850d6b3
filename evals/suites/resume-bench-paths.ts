/**
 * The resume-parsing suite's outside measurement: the labelled resumes rendered by
 * resume-bench's prep.mjs are parsed as plain text and as PDF, and each path is scored by
 * resume-bench's own rules (shape.py + score.mjs), so these numbers mean what the outside
 * measurement means. The fast (CI) run scores the frozen test split (74 resumes the
 * labeller never trained on); the full run scores all 310 and the test split.
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import { RequiredDataMissing } from "../core/data-files.ts";
import { SuiteSkipped } from "../core/errors.ts";
import type { SuiteContext, Table } from "../core/types.ts";

interface BenchFields {
  n: number;
  email: { f1: number };
  name: { accuracy: number };
  companies: { f1: number };
  designations: { f1: number };
  degrees: { f1: number };
  colleges: { f1: number };
  skills?: { recallMicro: number; listPrecision?: number };
}
interface PathsModule {
  scorePaths(options: {
    root: string;
    scopes: Record<string, string[]>;
    paths: ("txt" | "pdf")[];
    out: string;
    skills: unknown;
  }): Promise<{ path: string; scope: string; fields: BenchFields; medianMs: number }[]>;
}
interface PrepModule {
  preparedBench(srcDir: string, ids: string[]): string;
}
interface ScoreModule {
  benchPresent(): boolean;
  withSkillLabels(goldRoot: string, ids: string[]): string[];
  BENCH_DIR: string;
}
interface SplitModule {
  splitOf(id: string): "train" | "test";
}

const FIELDS = ["name", "email", "companies", "designations", "degrees", "colleges"] as const;
/** A scope of only the resumes that have skill labels: it reports skills precision, nothing else. */
const SKILL_LABELLED = "-skill-labelled";

function fieldValue(f: BenchFields, field: (typeof FIELDS)[number]): number {
  return field === "name" ? f.name.accuracy : f[field].f1;
}

export async function benchPathMetrics(
  ctx: SuiteContext,
  dir: string,
  ids: string[],
  skills: unknown,
): Promise<{ metrics: Record<string, number>; table: Table; notes: string[] }> {
  const what = "Resume parsing outside measurement (tools/resume/eval/bench-*.ts)";
  const score = await loadCapability<ScoreModule>(
    what,
    ["tools/resume/eval/bench-score.ts"],
    ["benchPresent", "withSkillLabels"],
  );
  if (!score.benchPresent()) {
    const message = `The resume bench scorer is not at ${score.BENCH_DIR}`;
    if (ctx.ci) throw new RequiredDataMissing(`${message}; CI=true requires it.`);
    throw new SuiteSkipped(`${message}; skipped (it is only present beside a development checkout).`);
  }
  const prep = await loadCapability<PrepModule>(what, ["tools/resume/eval/bench-prep.ts"], ["preparedBench"]);
  const paths = await loadCapability<PathsModule>(what, ["tools/resume/eval/bench-paths.ts"], ["scorePaths"]);
  const split = await loadCapability<SplitModule>(what, ["tools/resume/eval/split.ts"], ["splitOf"]);
  const test = ids.filter((id) => split.splitOf(id) === "test");
  const scopes: Record<string, string[]> = ctx.fast ? { test } : { all: ids, test };
  ctx.log(
    `rendering ${[...new Set(Object.values(scopes).flat())].length} resumes with resume-bench's prep.mjs`,
  );
  const root = prep.preparedBench(dir, [...new Set(Object.values(scopes).flat())]);
  for (const [scope, scoped] of Object.entries(scopes))
    scopes[`${scope}${SKILL_LABELLED}`] = score.withSkillLabels(path.join(root, "gold"), scoped);
  const scores = await paths.scorePaths({
    root,
    scopes,
    paths: ["txt", "pdf"],
    out: path.join(ctx.repoRoot, "evals/out/resume-parsing-bench"),
    skills,
  });
  const metrics: Record<string, number> = {};
  const rows: (string | number)[][] = [];
  for (const s of scores) {
    if (s.scope.endsWith(SKILL_LABELLED)) {
      // Beside the list precision over every resume, never instead of it.
      const base = s.scope.slice(0, -SKILL_LABELLED.length);
      if (s.fields.skills)
        metrics[`bench.${s.path}.${base}.skills.precision_skill_labelled`] =
          s.fields.skills.listPrecision ?? 0;
      continue;
    }
    const prefix = `bench.${s.path}.${s.scope}`;
    for (const field of FIELDS) metrics[`${prefix}.${field}`] = fieldValue(s.fields, field);
    if (s.fields.skills) {
      metrics[`${prefix}.skills.recall`] = s.fields.skills.recallMicro;
      metrics[`${prefix}.skills.precision`] = s.fields.skills.listPrecision ?? 0;
    }
    rows.push([
      `${s.path} ${s.scope} (n=${s.fields.n})`,
      ...FIELDS.map((f) => fieldValue(s.fields, f)),
      Math.round(s.medianMs),
    ]);
  }
  return {
    metrics,
    table: {
      title: "Text and PDF paths, resume-bench rules (name accuracy, others F1)",
      columns: ["path", ...FIELDS, "median ms"],
      rows,
    },
    notes: [
      `Outside measurement: ${score.BENCH_DIR} (prep.mjs renders, shape.py maps, score.mjs scores). "test" is the frozen split (tools/resume/eval/split.ts) the labeller never trained on${ctx.fast ? "; the fast run scores only it" : ""}.`,
      `skills.precision_skill_labelled: the same list precision over only the resumes with at least one Tech Tools or Job Specific Skills label (some resumes have none, and every skill reported there counts wrong); reported beside skills.precision, which stays the guarded number.`,
    ],
  };
}
