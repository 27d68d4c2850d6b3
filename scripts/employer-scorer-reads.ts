/**
 * The training reads of the employer scorer (scripts/build-employer-scorer.ts): every training
 * resume parsed as text and as PDF with the field labeller of the cross-validation fold it was
 * held out of, with a recording scorer that keeps what the parser offers the scorer (its
 * candidates, the employers it already lists) and the parse's state at that point (`ctx`), so
 * any scorer can later be applied to the very parse the parser would apply it to
 * (employer-threshold-sweep.ts). Also the scorer's training function.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { SequencePerceptron, type TaggerModel } from "../tools/ml/sequence-perceptron.ts";
import { SoftmaxRegression } from "../tools/ml/softmax-regression.ts";
import { EVAL_NOW } from "../tools/resume/eval/evaluate.ts";
import { splitOf } from "../tools/resume/eval/split.ts";
import { extractDocument } from "../tools/resume/extract/index.ts";
import { resolveLimits } from "../tools/resume/extract/limits.ts";
import type { CandidateContext, EmployerCandidate } from "../tools/resume/fields/employer-candidates.ts";
import type { EmployerScorer } from "../tools/resume/fields/employer-scorer.ts";
import { labelBiased, parseBiases } from "../tools/resume/labeller/bias.ts";
import { MODEL_PATH } from "../tools/resume/labeller/index.ts";
import { parseExtracted } from "../tools/resume/parse.ts";
import { parseResumeText } from "../tools/resume/parse-text.ts";
import { contains, fuzzyMatch } from "../tools/skills/eval/bench-match.ts";

export interface Example {
  candidate: EmployerCandidate;
  y: number;
}
/** One resume read one way: what the parser lists without the scorer, its candidates, the gold. */
export interface Read {
  id: string;
  fold: number;
  path: "txt" | "pdf";
  companies: string[];
  /** Of `companies`, those the line rules read (the rest came from the field labeller). */
  ruleCompanies?: string[];
  examples: Example[];
  /** The listed employers (`companies`' sources) described for the scorer, y: matches a labelled one. */
  listed: Example[];
  gold: string[];
  /** The parse as the scorer meets it (a copy): employer-threshold-sweep.ts applies scorers to it. */
  ctx?: CandidateContext;
}

export const distinct = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/**
 * What the model learns as an employer: a candidate that names a labelled employer, or most of
 * it. The outside scorer also counts "Karnataka" inside "Infosys Karnataka", but a place is not
 * an employer, and learning it would teach the model places.
 */
function namesEmployer(candidate: string, gold: string): boolean {
  if (contains(candidate, gold)) return true;
  const c = wordsOf(candidate);
  const g = wordsOf(gold);
  const shared = [...c].filter((w) => g.has(w)).length;
  return contains(gold, candidate) && shared * 2 >= g.size;
}

/** The cross-validation fold of a training resume (the same folds as scripts/resume-labeller-cv.ts). */
export const foldOf = (id: string, folds: number) =>
  createHash("sha256").update(`dotin-cv-v1:${id}`).digest().readUInt32BE(0) % folds;

/** `models` naming the committed labeller for every fold (its label biases are already in it). */
export const SHIPPED = "shipped";

export interface ReadOptions {
  root: string;
  /** The fold labellers' folder (scripts/resume-labeller-cv.ts --models), or SHIPPED. */
  models: string;
  folds: number;
  biases: string;
  /** A file the reads are kept in and taken from (delete it after changing the parser). */
  cache?: string;
}

/** The training split's reads, parsed now or taken from `cache`. */
export async function trainingReads(o: ReadOptions): Promise<Read[]> {
  // v8's structured-clone format, not JSON: in the parse a rule-read job's entry IS its experience
  // entry (one object), so an employer the scorer gives the job shows in the experience; JSON made
  // them two copies and the replay lost those employers (companies 0.598 instead of the parser's 0.610).
  if (o.cache && existsSync(o.cache)) return deserialize(readFileSync(o.cache)) as Read[];
  const ids = readdirSync(path.join(o.root, "gold"))
    .map((f) => f.replace(/\.json$/, ""))
    .filter((id) => splitOf(id) === "train")
    .sort();
  const limits = resolveLimits({});
  const reads: Read[] = [];
  for (let k = 0; k < o.folds; k++) {
    const file = o.models === SHIPPED ? MODEL_PATH : path.join(o.models, `fold-${k}-of-${o.folds}.json`);
    if (!existsSync(file))
      throw new Error(`no fold model ${file}: run scripts/resume-labeller-cv.ts --models first`);
    const json = JSON.parse(readFileSync(file, "utf8")) as TaggerModel;
    const labeller = SequencePerceptron.fromJSON(labelBiased(json, parseBiases(o.biases)));
    for (const id of ids.filter((i) => foldOf(i, o.folds) === k)) {
      const gold = distinct(
        (JSON.parse(readFileSync(path.join(o.root, "gold", `${id}.json`), "utf8")).gold[
          "Companies worked at"
        ] ?? []) as string[],
      );
      const text = readFileSync(path.join(o.root, "txt", `${id}.txt`), "utf8");
      const bytes = readFileSync(path.join(o.root, "pdfs", `${id}.pdf`));
      for (const p of ["txt", "pdf"] as const) {
        let seen: EmployerCandidate[] = [];
        let ruleCompanies: string[] = [];
        let listed: EmployerCandidate[] = [];
        let ctxCopy: CandidateContext | undefined;
        const recorder: EmployerScorer = {
          reject: (xs) => {
            listed = xs;
            return [];
          },
          accept: (candidates, ctx) => {
            seen = candidates;
            ruleCompanies = distinct(ctx.jobs.map((j) => j.entry.company ?? ""));
            ctxCopy = structuredClone(ctx);
            return [];
          },
        };
        const options = { now: EVAL_NOW, skills: null, labeller, employers: recorder };
        const parsed =
          p === "txt"
            ? await parseResumeText(text, options)
            : await parseExtracted(await extractDocument(bytes, limits), bytes.byteLength, options);
        reads.push({
          id,
          fold: k,
          path: p,
          gold,
          companies: distinct(parsed.experience.map((e) => e.company ?? "")),
          ruleCompanies,
          listed: listed.map((candidate) => ({
            candidate,
            y: gold.some((g) => fuzzyMatch(candidate.text, g)) ? 1 : 0,
          })),
          examples: seen.map((candidate) => ({
            candidate,
            y: gold.some((g) => namesEmployer(candidate.text, g)) ? 1 : 0,
          })),
          ctx: ctxCopy,
        });
      }
    }
    console.error(`fold ${k + 1}/${o.folds}: read`);
  }
  if (o.cache) writeFileSync(o.cache, serialize(reads));
  return reads;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
  seed: number;
  orders: number;
  tail: number;
}

/** The scorer trained on the candidates and listed employers of `rs`. */
export function trainScorer(rs: Read[], o: TrainOptions): BinaryLogistic {
  const data = rs.flatMap((r) =>
    [...r.examples, ...r.listed].map((e) => ({
      features: e.candidate.features,
      label: e.y ? "employer" : "other",
    })),
  );
  const trained = SoftmaxRegression.train(data, o);
  return BinaryLogistic.fromSoftmax(trained.toJSON(0.01), "employer");
}
