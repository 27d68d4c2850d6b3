import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_DIR } from "../tools/resume/eval/bench-score.ts";
import {
  type BenchRead,
  benchScore,
  bestPoint,
  fastBenchScorer,
  type OperatingPoint,
  sampleSpread,
} from "./skill-bench-cv.ts";

// Invented resumes: gold as prep.mjs writes it, candidates as the filter's build shapes them.
const reads: (BenchRead & { id: string })[] = [
  {
    id: "Indeed_1",
    gold: ["Java", "java", "SQL Server", "Project Planning", "Web Services"],
    shaped: ["Java", "Microsoft SQL Server / SQL Server 2012", "JAVA", "Planning", "Teamwork", "Web"],
    listed: [],
  },
  // A resume without skill labels: all it lists counts wrong.
  { id: "Indeed_2", gold: [], shaped: ["Excel / MS Excel", "Accounting"], listed: [] },
  // A gold skill found only across two neighbours of the joined list.
  {
    id: "Kaggle_3",
    gold: ["Visual Studio", "Python"],
    shaped: ["Visual", "Studio", "Python 3", ""],
    listed: [],
  },
];
const keepRule = (r: BenchRead, i: number) => !(r.shaped[i] === "Web" || r.shaped[i] === "Accounting");

describe("skill-bench-cv: the build's yardstick is score.mjs's own count", () => {
  it.skipIf(!existsSync(path.join(BENCH_DIR, "score.mjs")))(
    "gives score.mjs's skills recall and list precision for the same lists",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "skill-bench-cv-"));
      mkdirSync(path.join(dir, "gold"));
      mkdirSync(path.join(dir, "pred"));
      for (const r of reads) {
        const [tech, job] = [r.gold.slice(0, 2), r.gold.slice(2)];
        writeFileSync(
          path.join(dir, "gold", `${r.id}.json`),
          JSON.stringify({ id: r.id, source: "x", gold: { "Tech Tools": tech, "Job Specific Skills": job } }),
        );
        const skills = [...r.shaped.filter((_, i) => keepRule(r, i)), ...r.listed];
        writeFileSync(path.join(dir, "pred", `${r.id}.json`), JSON.stringify({ skills }));
      }
      execFileSync("node", [
        path.join(BENCH_DIR, "score.mjs"),
        "--pred",
        path.join(dir, "pred"),
        "--gold",
        path.join(dir, "gold"),
        "--skills-precision",
        "--json",
        path.join(dir, "out.json"),
      ]);
      const skills = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8")).results.all.skills;
      const ours = benchScore(reads, keepRule);
      expect([ours.found, ours.gold, ours.listed]).toEqual([skills.found, skills.gold, skills.pred]);
      expect(ours.recall).toBeCloseTo(skills.recallMicro, 10);
      expect(ours.precision).toBeCloseTo(skills.listPrecision, 10);
    },
  );

  it("counts duplicates by normal form once, unlabelled resumes' items as wrong, and joined-list finds", () => {
    const s = benchScore(reads, keepRule);
    // gold: Java, SQL Server, Project Planning, Web Services | Visual Studio, Python
    expect([s.found, s.gold]).toEqual([4, 6]);
    // listed: Java, SQL Server, Planning, Teamwork | Excel | Visual, Studio, Python 3
    expect([s.matched, s.listed]).toEqual([6, 8]);
    const fast = fastBenchScorer(reads)(keepRule);
    // The search's shortcut misses only the find across neighbours.
    expect([fast.found, fast.matched, fast.listed]).toEqual([3, 6, 8]);
  });

  it("chooses the most precise point that reaches the recall asked for, else that keeps the committed recall", () => {
    const p = (recall: number, precision: number, bar: number): OperatingPoint => ({
      recall,
      precision,
      found: 0,
      gold: 0,
      matched: 0,
      listed: 0,
      bars: [bar],
    });
    const points = [p(0.72, 0.7, 1), p(0.7, 0.76, 2), p(0.69, 0.9, 3), p(0.71, 0.76, 4)];
    expect(bestPoint(points, 0.7)?.bars).toEqual([4]);
    expect(bestPoint(points, 0.73, 0.72)?.bars).toEqual([1]);
    // Out of reach: the most precise point keeping the committed model's recall, else the most recall.
    const short = [p(0.6, 0.9, 1), p(0.62, 0.7, 2), p(0.65, 0.5, 3)];
    expect(bestPoint(short, 0.7, 0.61)?.bars).toEqual([2]);
    expect(bestPoint(short, 0.7, 0.66)?.bars).toEqual([3]);
  });

  it("measures how far samples of a split's size move the figures, the same every run", () => {
    const all = () => true;
    const spread = sampleSpread(reads, keepRule, 2);
    expect(spread.precision).toBeGreaterThan(0);
    expect(sampleSpread(reads, keepRule, 2)).toEqual(spread);
    // A setting against itself on the same samples: no spread; against another, some.
    expect(sampleSpread(reads, keepRule, 2, keepRule)).toEqual({ recall: 0, precision: 0 });
    expect(sampleSpread(reads, keepRule, 2, all).precision).toBeGreaterThan(0);
  });
});
