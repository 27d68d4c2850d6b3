/**
 * Chooses the resume skill filter's bars and its list judge's bar together for
 * scripts/build-skill-filter.ts, on the outside measurement's own figures (skill-bench-cv.ts):
 * skills recall and list precision of the PDF reads, counted as score.mjs counts them, out of
 * fold. First every setting of the filter's three bars is scored with the out-of-fold filter
 * probabilities; then, for the settings on that frontier that reach the target recall (or come
 * nearest to it), the list judge is cross-validated stacked on them (scripts/skill-list-judge.ts)
 * and each judge bar scored. Of all these points, those reaching the target recall, the most
 * precise (skill-bench-cv.ts bestPoint). Deterministic: fixed grids, fixed order, fixed folds.
 */
import { trainFoldOf } from "../tools/resume/eval/split.ts";
import { fuzzyMatch, norm } from "../tools/skills/eval/bench-match.ts";
import type { SkillCandidate } from "../tools/skills/resume-filter/candidates.ts";
import { type ListJudgeJSON, listJudgeFeatures } from "../tools/skills/resume-filter/list-judge.ts";
import {
  type BenchFigures,
  type BenchRead,
  benchScore,
  bestPoint,
  describe,
  fastBenchScorer,
  frontierOf,
  type OperatingPoint,
  sampleSpread,
  uniqueByNorm,
} from "./skill-bench-cv.ts";
import { unknownToolsFloor } from "./skill-filter-unknown-tools.ts";
import { crossValidatedJudge, type JudgeRow, trainJudge } from "./skill-list-judge.ts";

export interface FilterRead extends BenchRead {
  id: string;
  /** The text read or the PDF read of the resume (the outside measurement scores the PDF). */
  pdf: boolean;
  candidates: {
    /** Per mention (index.ts judges a candidate by its best mention). */
    features: string[][];
    label: 0 | 1;
    /** Judged at the veto bar (a specific known tool, or a product of a known kind). */
    kept: boolean;
    /** Judged at the general-field bar. */
    general: boolean;
    /** A known name read with context on a line with layout: judged at the context bar. */
    context: boolean;
    /** Not judged (index.ts: passesUnjudged). */
    always: boolean;
    /** Judged again by the list judge once the filter keeps it (index.ts: judgedByList). */
    listJudged: boolean;
    /** The list judge's features for a filter probability. */
    judgeFeatures: (p: number) => string[];
  }[];
  /** The extractor's skills as they are without the filter, shaped (the "before" figure). */
  before: string[];
}

export interface FilterBars {
  threshold: number;
  general: number;
  context: number;
}

/** The filter's bars searched: names and list items from 0.20, the others from 0 (all pass). */
const grid = (from: number) =>
  Array.from(
    { length: Math.round((0.8 - from) / 0.05) + 1 },
    (_, i) => Math.round((from + i * 0.05) * 1000) / 1000,
  );
const JUDGE_BARS = Array.from({ length: 33 }, (_, i) => Math.round(i * 25) / 1000);
/** How many filter settings of the frontier get a cross-validated judge (each costs four trainings). */
const SHORTLIST = 10;

export async function chooseOperatingPoint(o: {
  reads: FilterRead[];
  pdfReads: FilterRead[];
  fold: (r: FilterRead) => number;
  folds: number;
  /** The out-of-fold filter probability of candidate i of a read. */
  probability: (r: FilterRead, i: number) => number;
  veto: number;
  maxThreshold: number;
  /** --judge-only: the committed filter's bars stay; only the judge's bar is chosen. */
  fixedFilterBars?: FilterBars;
  /** The committed model's bars, reported for comparison. */
  committed?: FilterBars & { judge?: { threshold: number } };
  targetRecall: number;
  devFold: number;
  /** The filter the model file will hold (the judge's cap is read with it). */
  filterOf: (text: string, c: SkillCandidate) => number;
}): Promise<{ filter: FilterBars; judge: ListJudgeJSON; keep: (r: FilterRead, i: number) => boolean }> {
  const keepsAt = (b: FilterBars) => (r: FilterRead, i: number) => {
    const c = r.candidates[i]!;
    const bar = c.kept ? o.veto : c.general ? b.general : c.context ? b.context : b.threshold;
    return c.always || o.probability(r, i) >= bar;
  };
  /** The judge's rows at a filter setting: the candidates it judges that the filter keeps. */
  const rowsAt =
    (filterKeeps: (r: FilterRead, i: number) => boolean) =>
    (r: FilterRead): (JudgeRow | undefined)[] =>
      r.candidates.map((c, i) =>
        c.listJudged && filterKeeps(r, i)
          ? { features: c.judgeFeatures(o.probability(r, i)), label: c.label }
          : undefined,
      );
  /** Keeps at a filter setting and judge bar, with the judge's out-of-fold ratings. */
  const judgedKeeps = (filterKeeps: (r: FilterRead, i: number) => boolean) => {
    const judged = crossValidatedJudge(o.reads, o.fold, o.folds, rowsAt(filterKeeps));
    return (bar: number) => (r: FilterRead, i: number) =>
      filterKeeps(r, i) && (judged.get(r)![i] ?? 1) >= bar;
  };
  const fast = fastBenchScorer(o.pdfReads);
  const before = benchScore(
    o.pdfReads.map((r) => ({ ...r, shaped: r.before })),
    () => true,
  );
  console.log(`PDF reads, before the filter: ${describe(before)}`);
  console.log(`PDF reads, every candidate:   ${describe(benchScore(o.pdfReads, () => true))}`);
  const dev = o.pdfReads.filter((r) => o.fold(r) === o.devFold);
  // The committed model's bars with this build's out-of-fold models: the recall a rebuild keeps
  // when the target is out of reach (bestPoint).
  const committedKeep = o.committed && judgedKeeps(keepsAt(o.committed))(o.committed.judge?.threshold ?? 0);
  const committed = committedKeep && fast(committedKeep);
  if (o.committed && committedKeep) {
    const c = o.committed;
    console.log(
      `committed bars ${c.threshold}/${c.general}/${c.context}/${c.judge?.threshold ?? 0}: all ${describe(benchScore(o.pdfReads, committedKeep))}; dev ${describe(benchScore(dev, committedKeep))}`,
    );
  }

  const settings: OperatingPoint[] = [];
  if (o.fixedFilterBars) {
    const b = o.fixedFilterBars;
    settings.push({ bars: [b.threshold, b.general, b.context], ...fast(keepsAt(b)) });
  } else
    for (const t of grid(0.2).filter((t) => t <= o.maxThreshold))
      for (const g of [0, ...grid(0.05)])
        for (const x of [0, ...grid(0.05)])
          settings.push({ bars: [t, g, x], ...fast(keepsAt({ threshold: t, general: g, context: x })) });
  const filterFrontier = frontierOf(settings);
  const reaching = filterFrontier.filter((p) => p.recall >= o.targetRecall);
  const keeping = filterFrontier.filter((p) => p.recall >= (committed?.recall ?? 0));
  // The judge only removes: settings short of the target stay short of it. Spread the shortlist
  // over the reaching part of the frontier (both ends kept); with none reaching, over the part
  // keeping the committed recall; with none either, the nearest.
  const pool =
    reaching.length > 0 ? reaching : keeping.length > 0 ? keeping : filterFrontier.slice(-SHORTLIST);
  const step = Math.max(1, (pool.length - 1) / (SHORTLIST - 1));
  const shortlist = [
    ...new Set(
      Array.from({ length: Math.min(SHORTLIST, pool.length) }, (_, i) => pool[Math.round(i * step)]!),
    ),
  ];
  const barsOf = (p: OperatingPoint): FilterBars => ({
    threshold: p.bars[0]!,
    general: p.bars[1]!,
    context: p.bars[2]!,
  });

  const points: (OperatingPoint & { judge: ListJudgeJSON })[] = [];
  for (const s of shortlist) {
    const filterKeeps = keepsAt(barsOf(s));
    const keepsWith = judgedKeeps(filterKeeps);
    const judge = trainJudge(
      o.reads.flatMap((r) => rowsAt(filterKeeps)(r).filter((x): x is JudgeRow => !!x)),
    );
    const cap = await unknownToolsFloor((t, c) =>
      judge.probability(listJudgeFeatures(t, c, o.filterOf(t, c))),
    );
    const model = judge.pack();
    for (const j of JUDGE_BARS.filter((j) => j <= cap))
      points.push({ ...fast(keepsWith(j)), bars: [...s.bars, j], judge: { threshold: j, model } });
    console.log(
      `filter bars ${s.bars.map((b) => b.toFixed(2)).join("/")} (${describe(s)}): judge cap ${cap.toFixed(3)}`,
    );
  }
  for (const p of frontierOf(points))
    console.log(`frontier ${p.bars.map((b) => b.toFixed(3)).join("/")}: ${describe(p)}`);
  const chosen = bestPoint(points, o.targetRecall, committed?.recall) as (typeof points)[number] | undefined;
  if (!chosen) throw new Error("no operating point: no training reads?");
  const bars = barsOf(chosen);
  // Exact figures of the chosen point (score.mjs's joined-list rule), on all PDF reads and on
  // the dev fold's. The judge's out-of-fold ratings are those of its own filter setting.
  const keep = judgedKeeps(keepsAt(bars))(chosen.judge.threshold);
  const exact: BenchFigures = benchScore(o.pdfReads, keep);
  console.log(
    `chosen: threshold ${bars.threshold}, general ${bars.general}, context ${bars.context}, judge ${chosen.judge.threshold}`,
  );
  console.log(`  out of fold, PDF reads of the training split: ${describe(exact)}`);
  console.log(`  out of fold, PDF reads of the dev fold:       ${describe(benchScore(dev, keep))}`);
  const spread = sampleSpread(o.pdfReads, keep, 62);
  console.log(
    `  spread over samples of 62 resumes (the frozen split's size): recall sd ${spread.recall.toFixed(3)}, list precision sd ${spread.precision.toFixed(3)}`,
  );
  if (committedKeep) {
    const paired = sampleSpread(o.pdfReads, keep, 62, committedKeep);
    console.log(
      `  spread of its difference from the committed bars on the same 62: recall sd ${paired.recall.toFixed(3)}, list precision sd ${paired.precision.toFixed(3)}`,
    );
  }
  return { filter: bars, judge: chosen.judge, keep };
}

/** How a candidate is judged, for the error listing: its bar and what it is. */
const judgedAs = (c: FilterRead["candidates"][number]) => {
  const kind = c.features[0]?.find((f) => f.startsWith("kind="))?.slice(5) ?? "?";
  const section =
    c.features[0]
      ?.find((f) => f.startsWith("sec="))
      ?.slice(4)
      .split("|")[0] ?? "?";
  const bar = c.always
    ? "unjudged"
    : c.kept
      ? "veto"
      : c.general
        ? "general"
        : c.context
          ? "context"
          : "threshold";
  return `${bar}\t${kind}\t${section}\t${c.listJudged ? "judged" : "-"}`;
};

/**
 * The dev fold's PDF reads' listed skills (tab-separated: resume, right or wrong as score.mjs
 * counts a listed skill, how it was judged, the skill as listed), resumes without skill labels
 * marked: every skill they list counts wrong.
 */
export function listedOnDev(reads: FilterRead[], keep: (r: FilterRead, i: number) => boolean): string {
  const rows = ["resume\tright\tbar\tkind\tsection\tjudge\tlabelled\tlisted"];
  for (const r of reads.filter((r) => r.pdf && trainFoldOf(r.id) === 0)) {
    const gold = uniqueByNorm(r.gold);
    const seen = new Set<string>();
    r.candidates.forEach((c, i) => {
      const s = r.shaped[i]!;
      if (!keep(r, i) || !s || seen.has(norm(s))) return;
      seen.add(norm(s));
      const right = gold.some((g) => fuzzyMatch(s, g)) ? "right" : "wrong";
      rows.push(`${r.id}\t${right}\t${judgedAs(c)}\t${gold.length > 0 ? "labelled" : "unlabelled"}\t${s}`);
    });
  }
  return `${rows.join("\n")}\n`;
}
