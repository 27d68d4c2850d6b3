/**
 * Measures whether duty and kind-of-work asks can be matched to a resume better by meaning than
 * the analysis's whole-line cosine (evidence.ts, met at 0.6): four signals (duty-features.ts)
 * and a logistic over them fitted on the outside dev pairs' labelled must-haves, reported
 * grouped cross-validated (by pair) and on the team's outside-style extra pairs (never fitted on). Labels per must-have: met, unless the pair's "missing" notes
 * speak of it more than its "met" notes do (read by the offline embedder on the label notes; a
 * must-have close to neither is left out for UNFIT/BORDERLINE pairs); plus each FIT pair's
 * must-haves against two resumes of other fields as not met. Only kinds of work and duties are
 * used: years, degrees, spoken languages and licences have their own readers, and an ask naming a
 * tool is the taxonomy's. Nothing is written; --features prints each signal's AUC, --rules the
 * met / false-met rates of cosine bars, --show each ask's signals (to the terminal only).
 *
 *   node --import tsx tools/gap/eval/measure-duty-match.ts [--features] [--rules] [--show]
 */
import { readFileSync } from "node:fs";
import type { ProfileSnapshot } from "../../../contract/profile.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { extractSkills } from "../../skills/extract.ts";
import { dutyLineCoverage } from "../duty-match.ts";
import { dot, evidenceText, resumeLines, shippedEmbedder, vectorsFor } from "../evidence.ts";
import { askCoverage } from "../word-coverage.ts";
import { auc } from "./auc.ts";
import { DEV_PAIRS_FILE, MORE_PAIRS_FILE } from "./dev-set.ts";
import { bestClause, type DutyFeatures, heldOccupationWork } from "./duty-features.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadResumeText } from "./shared-data.ts";

interface Stored {
  resume: string;
  label: string;
  field: string;
  required?: string[];
  met?: string[];
  missing?: string[];
}
interface Row extends DutyFeatures {
  group: number;
  y: number;
  own: boolean;
  ask: string;
}

const NOT_A_DUTY =
  /\b\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs)\b|\b(?:degree|bachelor'?s?|master'?s?|ph\.?d|diploma|BA|BS|BSc|MSc|MBA|licen[cs]e[ds]?|certifi\w+|fluent|native|bilingual|english|german|french|spanish|dutch|italian|polish|portuguese|arabic|chinese|mandarin|japanese|swedish|danish|norwegian|finnish|russian)\b/i;
/** A must-have is read as a missing one when a missing note is this close and closer than any met note. */
const ALIGN = 0.45;

function read(file: string): Stored[] {
  const text = readFileSync(file, "utf8");
  return file.endsWith(".jsonl")
    ? text
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Stored)
    : (JSON.parse(text) as Stored[]);
}

function labelOf(pair: Stored, ask: string): number | undefined {
  const e = shippedEmbedder();
  const [a, ...rest] = vectorsFor(e, [ask, ...(pair.met ?? []), ...(pair.missing ?? [])]);
  const met = rest.slice(0, pair.met?.length ?? 0).map((v) => dot(a!, v));
  const miss = rest.slice(pair.met?.length ?? 0).map((v) => dot(a!, v));
  const m = Math.max(0, ...met);
  const x = Math.max(0, ...miss);
  if (x >= ALIGN && x > m) return 0;
  if (pair.label === "FIT") return 1;
  return m >= ALIGN && m > x ? 1 : undefined;
}

export function dutyFeatures(profile: ProfileSnapshot, ask: string): DutyFeatures {
  const e = shippedEmbedder();
  const texts = resumeLines(profile)
    .filter((l) => l.source !== "skill")
    .map(evidenceText)
    .filter((t) => t.length >= 3);
  const [av, ...lv] = vectorsFor(e, [ask, ...texts]);
  const line = Math.max(0, ...lv.map((v) => dot(av!, v)));
  return {
    line,
    clause: bestClause(e, ask, texts).similarity,
    coverage: askCoverage(profile, ask).coverage ?? 0,
    occupation: heldOccupationWork(e, profile, ask)?.similarity ?? 0,
    phrase: Math.max(0, ...texts.map((t) => dutyLineCoverage(ask, t) ?? 0)),
  };
}

async function rowsOf(file: string, cross: boolean): Promise<Row[]> {
  const deps = await defaultFitDeps();
  const pairs = read(file);
  const profiles: (ProfileSnapshot | undefined)[] = [];
  for (const p of pairs) {
    const text = loadResumeText(p.resume);
    profiles.push(text ? await deps.profileFromText(text) : undefined);
  }
  const rows: Row[] = [];
  pairs.forEach((p, i) => {
    const profile = profiles[i];
    if (!profile) return;
    for (const ask of (p.required ?? []).filter((r) => !NOT_A_DUTY.test(r) && !namesATool(r))) {
      const y = labelOf(p, ask);
      if (y !== undefined) rows.push({ group: i, y, own: true, ask, ...dutyFeatures(profile, ask) });
      if (!cross || p.label !== "FIT") continue;
      // Two resumes of other fields, the next ones in file order: the ask is not met there.
      const others = pairs
        .map((q, j) => ({ q, j }))
        .filter(({ q, j }) => q.field !== p.field && profiles[j] && j > i)
        .concat(
          pairs.map((q, j) => ({ q, j })).filter(({ q, j }) => q.field !== p.field && profiles[j] && j < i),
        )
        .slice(0, 2);
      for (const { j } of others)
        rows.push({ group: i, y: 0, own: false, ask, ...dutyFeatures(profiles[j]!, ask) });
    }
  });
  return rows;
}

/** An ask naming a tool or technology is the taxonomy's to meet (match.ts, taxonomy-held.ts), not this matcher's. */
function namesATool(ask: string): boolean {
  return extractSkills(ask, { section: "job ad" }, getTaxonomy()).some((s) => s.type === "technical");
}

const X = (r: DutyFeatures) => [r.line, r.clause, r.coverage, r.occupation];

interface Logistic {
  weights: number[];
  bias: number;
}
const chance = (r: DutyFeatures, m: Logistic) =>
  1 / (1 + Math.exp(-X(r).reduce((z, x, k) => z + m.weights[k]! * x, m.bias)));

function fitLogistic(rows: Row[], l2 = 0.5): Logistic {
  let m: Logistic = { weights: [0, 0, 0, 0], bias: 0 };
  for (let it = 0; it < 4000; it++) {
    const g = [0, 0, 0, 0];
    let gb = 0;
    for (const r of rows) {
      const d = chance(r, m) - r.y;
      X(r).forEach((x, k) => {
        g[k]! += d * x;
      });
      gb += d;
    }
    m = {
      weights: m.weights.map((wk, k) => wk - (0.5 * (g[k]! + l2 * wk)) / rows.length),
      bias: m.bias - (0.5 * gb) / rows.length,
    };
  }
  return m;
}

function report(name: string, rows: Row[], p: number[], metAt: number): string {
  const ys = rows.map((r) => r.y);
  const acc = (pred: boolean[]) => pred.filter((v, i) => (v ? 1 : 0) === ys[i]).length / rows.length;
  const cosine = rows.map((r) => r.line >= 0.6);
  const met = ys.filter((y) => y === 1).length;
  return `${name}: ${rows.length} asks (${met} met). cosine rule (line >= 0.6): acc ${acc(cosine).toFixed(3)}, AUC ${auc(
    rows.map((r) => r.line),
    ys,
  ).toFixed(
    3,
  )}, recall of met ${(cosine.filter((v, i) => v && ys[i] === 1).length / met).toFixed(3)} | learned: acc ${acc(p.map((v) => v >= metAt)).toFixed(3)}, AUC ${auc(p, ys).toFixed(3)}, recall of met ${(p.filter((v, i) => v >= metAt && ys[i] === 1).length / met).toFixed(3)}, false met ${(p.filter((v, i) => v >= metAt && ys[i] === 0).length / (rows.length - met)).toFixed(3)} (cosine ${(cosine.filter((v, i) => v && ys[i] === 0).length / (rows.length - met)).toFixed(3)})`;
}

const dev = await rowsOf(DEV_PAIRS_FILE, true);
const FOLDS = 6;
const oof = new Array<number>(dev.length).fill(0);
for (let k = 0; k < FOLDS; k++) {
  const m = fitLogistic(dev.filter((r) => r.group % FOLDS !== k));
  dev.forEach((r, i) => {
    if (r.group % FOLDS === k) oof[i] = chance(r, m);
  });
}
const model = fitLogistic(dev);
// The bar: the out-of-fold chance that best separates met from not met (accuracy), from 0.3 to 0.7.
let metAt = 0.5;
let bestAcc = -1;
for (let t = 0.3; t <= 0.701; t += 0.05) {
  const a = oof.filter((p, i) => (p >= t ? 1 : 0) === dev[i]!.y).length;
  if (a > bestAcc) {
    bestAcc = a;
    metAt = Math.round(t * 100) / 100;
  }
}
console.log(report("dev out of fold", dev, oof, metAt));
const more = await rowsOf(MORE_PAIRS_FILE, false);
console.log(
  report(
    "extra pairs (held out, own resumes only)",
    more,
    more.map((r) => chance(r, model)),
    metAt,
  ),
);
console.log(
  `logistic on all dev asks: weights ${model.weights.map((w) => w.toFixed(2)).join(", ")}, bias ${model.bias.toFixed(2)}; bar ${metAt}`,
);
if (process.argv.includes("--features")) {
  for (const [name, rows] of [
    ["dev all", dev],
    ["dev own", dev.filter((r) => r.own)],
    ["dev cross+pos", dev.filter((r) => !r.own || r.y === 1)],
    ["more", more],
  ] as const) {
    const ys = rows.map((r) => r.y);
    console.log(
      name,
      rows.length,
      ["line", "clause", "coverage", "occupation", "phrase"]
        .map(
          (f) =>
            `${f} ${auc(
              rows.map((r) => (r as unknown as Record<string, number>)[f]!),
              ys,
            ).toFixed(3)}`,
        )
        .join(" "),
    );
  }
}
if (process.argv.includes("--show"))
  for (const r of [...dev, ...more].filter((r) => r.own).slice(0, 400))
    console.log(r.y, r.line.toFixed(2), r.clause.toFixed(2), r.coverage.toFixed(2), r.ask);
if (process.argv.includes("--rules"))
  for (const [name, rows] of [
    ["dev own", dev.filter((r) => r.own)],
    ["dev all", dev],
    ["more", more],
  ] as const) {
    const met = rows.filter((r) => r.y === 1);
    const not = rows.filter((r) => r.y === 0);
    const rate = (rs: readonly Row[], f: (r: Row) => boolean) =>
      (rs.filter(f).length / Math.max(1, rs.length)).toFixed(3);
    for (const bar of [0.5, 0.55, 0.6])
      console.log(
        `${name} bar ${bar}: phrase met ${rate(met, (r) => r.phrase >= bar + 0.1)} false ${rate(not, (r) => r.phrase >= bar + 0.1)} | line met ${rate(met, (r) => r.line >= bar)} false ${rate(not, (r) => r.line >= bar)} | clause-or-line met ${rate(met, (r) => Math.max(r.line, r.clause) >= bar)} false ${rate(not, (r) => Math.max(r.line, r.clause) >= bar)}`,
      );
  }
