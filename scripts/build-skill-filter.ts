/**
 * Trains the resume skill filter (tools/skills/resume-filter) on the TRAINING split of the
 * labelled dotin resumes with the shared trainer (tools/ml/softmax-regression.ts, two classes),
 * each read twice as the parser reads it: as its text and as the PDF
 * resume-bench's prep.mjs renders. A candidate is a skill when it matches a labelled skill
 * (Tech Tools, Job Specific Skills) by resume-bench's rule (whole-word containment either way
 * or token Jaccard >= 0.5). The bars are chosen by 5-fold cross-validation on the training
 * split (folds by a hash of the id): recall first (the most cross-validated recall at no less
 * cross-validated precision than the committed bars; `--objective f1` for the best F1), the
 * threshold no higher than the model's lowest probability for the listed unknown tools of the
 * fixture (they must stay). The frozen test split is never read. Then the list judge is built,
 * stacked on the filter (scripts/skill-list-judge.ts; --judge-only keeps the committed filter).
 *   node --import tsx scripts/build-skill-filter.ts --root <prep.mjs root> [--judge-only] [--write]
 * Prints the cross-validated recall and precision (before the filter, and at the threshold);
 * --write stores model.json. Deterministic: the same data gives the same file.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BinaryLogistic } from "../tools/ml/binary-logistic.ts";
import { SoftmaxRegression } from "../tools/ml/softmax-regression.ts";
import { EVAL_NOW } from "../tools/resume/eval/evaluate.ts";
import { splitOf } from "../tools/resume/eval/split.ts";
import { extractDocument } from "../tools/resume/extract/index.ts";
import { resolveLimits } from "../tools/resume/extract/limits.ts";
import { parseExtracted } from "../tools/resume/parse.ts";
import { parseResumeText } from "../tools/resume/parse-text.ts";
import { candidateSkills, type SkillExtractor } from "../tools/resume/skills-port.ts";
import { fuzzyMatch, goldContained, shapedSkill } from "../tools/skills/eval/bench-match.ts";
import { resumeSkillCandidates } from "../tools/skills/resume-filter/candidates.ts";
import { candidateFeatures } from "../tools/skills/resume-filter/features.ts";
import {
  FILTER_MODEL_PATH,
  isGeneralField,
  isSpecificKnown,
  judgedByList,
  passesUnjudged,
  readWithContext,
  sectionAtOf,
} from "../tools/skills/resume-filter/index.ts";
import { listJudgeFeatures } from "../tools/skills/resume-filter/list-judge.ts";
import {
  FILTER_TRAINING,
  type FilterModelJSON,
  SKILL_CLASS,
  skillProbability,
} from "../tools/skills/resume-filter/model.ts";
import type { ExtractedSkill } from "../tools/skills/types.ts";
import { unknownToolsFloor } from "./skill-filter-unknown-tools.ts";
import { stackedJudge } from "./skill-list-judge.ts";

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    folds: { type: "string", default: "5" },
    write: { type: "boolean", default: false },
    /**
     * A file of the parser's readings (text, skills found, sections per resume and path): read
     * when it exists, else written after parsing, so feature and setting trials skip the parse.
     */
    cache: { type: "string" },
    epochs: { type: "string", default: String(FILTER_TRAINING.epochs) },
    rate: { type: "string", default: String(FILTER_TRAINING.rate) },
    /** recall: the most recall at no less precision than the committed bars; f1: the best F1. */
    objective: { type: "string", default: "recall" },
    /**
     * Print the cross-validated recall/precision frontier of the bar search (the settings no
     * other beats on both figures), to see what any operating point costs.
     */
    frontier: { type: "boolean", default: false },
    /** Keep the committed filter and its bars; build only the list judge stacked on them. */
    "judge-only": { type: "boolean", default: false },
    /** The CV recall the list judge may cost (its bar: the most precise within it). */
    "judge-recall-loss": { type: "string", default: "0.01" },
  },
});
if (!values.root) {
  console.error("usage: build-skill-filter.ts --root <folder written by resume-bench/prep.mjs> [--write]");
  process.exit(2);
}
if (values.objective !== "recall" && values.objective !== "f1") {
  console.error(`--objective is recall or f1, not ${values.objective}`);
  process.exit(2);
}
const root = values.root;
const folds = Number(values.folds);
const foldOf = (id: string) =>
  createHash("sha256").update(`dotin-cv-v1:${id}`).digest().readUInt32BE(0) % folds;

interface Read {
  id: string;
  gold: string[];
  /** Features and label of each candidate, and its shaped string (name / surface forms). */
  /**
   * kept: judged by the veto (a specific known tool); general: judged at the general-field bar;
   * always: not judged (index.ts: passesUnjudged). `shaped` is the skill as reported (with the
   * list item it was written in), which is what the outside measurement scores; the label is
   * the candidate as judged.
   */
  candidates: {
    /** Per mention (index.ts judges a candidate by its best mention). */
    features: string[][];
    label: 0 | 1;
    shaped: string;
    kept: boolean;
    general: boolean;
    /** A known name read with context on a line with layout: judged at the context bar. */
    context: boolean;
    always: boolean;
    /** Judged again by the list judge once the filter keeps it (index.ts: judgedByList). */
    listJudged: boolean;
    /** The list judge's features for a filter probability. */
    judgeFeatures: (p: number) => string[];
  }[];
  /** The extractor's skills as they are today, shaped (the "before" figure). */
  before: string[];
}

const ids = readdirSync(path.join(root, "gold"))
  .map((f) => f.replace(/\.json$/, ""))
  .filter((id) => splitOf(id) === "train")
  .sort();
const limits = resolveLimits({});
interface Parsed {
  id: string;
  gold: string[];
  captured: {
    text: string;
    found: ExtractedSkill[];
    sections: { kind: string; start: number; end: number }[];
  }[];
}
const parsed: Parsed[] =
  values.cache && existsSync(values.cache) ? JSON.parse(readFileSync(values.cache, "utf8")) : [];
for (const id of parsed.length > 0 ? [] : ids) {
  const goldFile = JSON.parse(readFileSync(path.join(root, "gold", `${id}.json`), "utf8")).gold;
  const gold = [...new Set([...(goldFile["Tech Tools"] ?? []), ...(goldFile["Job Specific Skills"] ?? [])])];
  const captured: Parsed["captured"] = [];
  const capture: SkillExtractor = async (text, sections) => {
    const found = (await candidateSkills(text, sections)) as ExtractedSkill[];
    captured.push({ text, found, sections });
    return found;
  };
  await parseResumeText(readFileSync(path.join(root, "txt", `${id}.txt`), "utf8"), {
    now: EVAL_NOW,
    skills: capture,
  });
  const bytes = readFileSync(path.join(root, "pdfs", `${id}.pdf`));
  await parseExtracted(await extractDocument(bytes, limits), bytes.byteLength, {
    now: EVAL_NOW,
    skills: capture,
  });
  parsed.push({ id, gold, captured });
}
if (values.cache && !existsSync(values.cache)) writeFileSync(values.cache, JSON.stringify(parsed));
const reads: Read[] = [];
for (const { id, gold, captured } of parsed) {
  for (const { text, found, sections } of captured) {
    const judged = found.filter((s) => s.type !== "soft" && s.category !== "spoken_language");
    const placed = found.filter((s) => !judged.includes(s));
    const candidates = resumeSkillCandidates(text, judged, sectionAtOf(sections), placed).map((c) => {
      // The label is about the candidate the features describe (its spans as found); the
      // score counts the skill as reported (with the list item it was written in).
      const judged = shapedSkill(c.skill);
      const shaped = shapedSkill(c.output);
      return {
        features: candidateFeatures(text, c),
        label: (gold.some((g) => fuzzyMatch(judged, g)) ? 1 : 0) as 0 | 1,
        shaped,
        kept: isSpecificKnown(c.skill),
        general: isGeneralField(c.skill),
        context: readWithContext(c.skill),
        always: passesUnjudged(c),
        listJudged: judgedByList(c),
        judgeFeatures: (p: number) => listJudgeFeatures(text, c, p),
      };
    });
    reads.push({ id, gold, candidates, before: judged.map(shapedSkill) });
  }
}
console.error(`${parsed.length} training resumes, ${reads.length} reads`);
/**
 * A specific known tool is dropped only below this probability (index.ts): only when the model
 * is nearly sure it is a misreading ("less than 1 year"). The person wrote the tool; that the
 * labelled resumes often leave such names out is no reason to drop it (choosing this bar by
 * cross-validation as well raised CV precision 0.638 -> 0.644 at recall 0.611 -> 0.609 by
 * dropping tools people wrote, 2026-12-03). With the softmax model 0.15 also
 * dropped MySQL, HTML and jQuery (0.09-0.14) from a resume pasted as one paragraph (they came
 * back once the paragraph was stuffed, which flipped a verdict in the robustness suite); 0.07
 * keeps them and still drops LESS in "Less than 1 year" (0.06); it costs about 0.6 points of CV
 * precision against 0.15.
 */
const VETO = 0.07;
const trainOptions = { ...FILTER_TRAINING, epochs: Number(values.epochs), rate: Number(values.rate) };

interface Example {
  features: string[];
  label: string;
}
/** Trained as the shared two-class softmax regression, kept as the file keeps it (folded, packed). */
const train = (data: Example[]) =>
  BinaryLogistic.fromSoftmax(SoftmaxRegression.train(data, trainOptions).toJSON(), SKILL_CLASS);
const probability = (model: BinaryLogistic, mentions: string[][]) => skillProbability({ model }, mentions);

/** Recall (gold found in the joined list) and list precision, as resume-bench counts them. */
function score(lists: { gold: string[]; pred: string[] }[]): { recall: number; precision: number } {
  let found = 0;
  let gold = 0;
  let matched = 0;
  let pred = 0;
  for (const { gold: g, pred: p } of lists) {
    const joined = p.join(" \n ");
    found += g.filter((x) => goldContained(joined, x)).length;
    gold += g.length;
    matched += p.filter((x) => g.some((y) => fuzzyMatch(x, y))).length;
    pred += p.length;
  }
  return { recall: gold ? found / gold : 0, precision: pred ? matched / pred : 0 };
}

/** One example per mention, labelled as its candidate is. */
const examplesOf = (rs: Read[]): Example[] =>
  rs.flatMap((r) =>
    r.candidates.flatMap((c) => c.features.map((features) => ({ features, label: String(c.label) }))),
  );

// Cross-validated probabilities of every candidate.
const probs = new Map<Read, number[]>();
for (let k = 0; k < folds; k++) {
  const model = train(examplesOf(reads.filter((r) => foldOf(r.id) !== k)));
  for (const r of reads.filter((r) => foldOf(r.id) === k))
    probs.set(
      r,
      r.candidates.map((c) => probability(model, c.features)),
    );
}
const at = (threshold: number, general = threshold, context = 0) =>
  score(
    reads.map((r) => ({
      gold: r.gold,
      pred: r.candidates
        .filter(
          (c, i) =>
            c.always ||
            probs.get(r)![i]! >= (c.kept ? VETO : c.general ? general : c.context ? context : threshold),
        )
        .map((c) => c.shaped),
    })),
  );
/**
 * `at` for the bar search, from each candidate's matches worked out once: a gold skill is
 * found when a kept candidate's shaped string contains it (the joined list can also join two
 * neighbours' words: `at` itself reports the chosen bars' figures).
 */
const fast = reads.map((r) => ({
  r,
  matched: r.candidates.map((c) => r.gold.some((g) => fuzzyMatch(c.shaped, g))),
  finders: r.gold.map((g) => r.candidates.flatMap((c, i) => (goldContained(c.shaped, g) ? [i] : []))),
}));
const goldCount = reads.reduce((n, r) => n + r.gold.length, 0);
function atFast(
  threshold: number,
  general: number,
  context: number,
  also: (r: Read, i: number) => boolean = () => true,
): { recall: number; precision: number } {
  let found = 0;
  let matched = 0;
  let pred = 0;
  for (const { r, matched: m, finders } of fast) {
    const p = probs.get(r)!;
    const keep = r.candidates.map(
      (c, i) =>
        (c.always || p[i]! >= (c.kept ? VETO : c.general ? general : c.context ? context : threshold)) &&
        also(r, i),
    );
    for (let i = 0; i < keep.length; i++)
      if (keep[i]) {
        pred++;
        if (m[i]) matched++;
      }
    for (const f of finders) if (f.some((i) => keep[i])) found++;
  }
  return { recall: goldCount ? found / goldCount : 0, precision: pred ? matched / pred : 0 };
}
const before = score(reads.map((r) => ({ gold: r.gold, pred: r.before })));
const pool = at(0);
console.log(
  `before (today's extractor): recall ${before.recall.toFixed(3)} precision ${before.precision.toFixed(3)}`,
);
console.log(
  `all candidates:             recall ${pool.recall.toFixed(3)} precision ${pool.precision.toFixed(3)}`,
);
// The model written is trained on the whole training split; its floor on the listed unknown
// tools caps the threshold.
const finalModel = train(examplesOf(reads));
const maxThreshold = await unknownToolsFloor((t, c) => probability(finalModel, candidateFeatures(t, c)));
console.log(`listed unknown tools: lowest probability ${maxThreshold.toFixed(3)} (the threshold's cap)`);
const f1 = (x: { recall: number; precision: number }) =>
  x.recall + x.precision ? (2 * x.recall * x.precision) / (x.recall + x.precision) : 0;
// F1 on these labels counts each real tool the labelled resumes leave out as an error, so its
// best point drops tools people wrote; the issue asks for the skills the person wrote first
// (recall >= 0.70, then precision). Recall first (the default): of all bar settings, the one with
// the highest cross-validated recall whose cross-validated precision is no lower than that of the
// bars in the committed model.json (the list is never made less precise to find more; a rebuild on
// the same data keeps its own point). `--objective f1` chooses by F1 as before, one bar at a time.
// (2026-12-03, skills14: the recall-first rebuild was measured and not shipped: frozen recall
// +0.003 but canonical skills precision -0.027 on all 310; the committed model.json is still the
// one built at 4fc23cb. The floor sees only list precision; see the issue note.)
// (2026-12-03 night, skills14-3: a precision-first rebuild with a fourth bar for unrecognised
// names written outside skills lists chose CV recall 0.617 -> 0.622 at precision 0.623 -> 0.638,
// and on the frozen split lost both, 0.671/0.714 -> 0.661/0.709, and a dev fit pair; this CV, on
// text and PDF reads with fold models, does not rank operating points as the outside split does.
// The committed model stays; see the issue note.)
const shipped = existsSync(FILTER_MODEL_PATH)
  ? (JSON.parse(readFileSync(FILTER_MODEL_PATH, "utf8")) as FilterModelJSON)
  : undefined;
const floor = shipped ? atFast(shipped.threshold, shipped.general ?? 0, shipped.context ?? 0).precision : 0;
let chosen = { threshold: 0.2, general: 0, context: 0, recall: 0, precision: 0 };
const frontier: (typeof chosen)[] = [];
if (values.objective === "recall") {
  const mark = shipped ? atFast(shipped.threshold, shipped.general ?? 0, shipped.context ?? 0) : undefined;
  console.log(
    `precision floor (the committed bars, cross-validated): ${floor.toFixed(3)} (their recall ${mark?.recall.toFixed(3) ?? "-"})`,
  );
  const grid = (from: number) =>
    Array.from({ length: Math.round((0.8 - from) / 0.05) + 1 }, (_, i) => from + i * 0.05);
  for (const t of grid(0.2).filter((t) => t <= maxThreshold))
    for (const g of [0, ...grid(0.05)])
      for (const x of [0, ...grid(0.05)]) {
        const s = atFast(t, g, x);
        if (values.frontier) frontier.push({ threshold: t, general: g, context: x, ...s });
        if (s.precision >= floor && s.recall > chosen.recall)
          chosen = { threshold: t, general: g, context: x, ...s };
      }
  chosen = { ...chosen, ...at(chosen.threshold, chosen.general, chosen.context) };
  const best = frontier.filter(
    (a) => !frontier.some((b) => b !== a && b.recall >= a.recall && b.precision > a.precision + 0.002),
  );
  for (const p of best.sort((a, b) => a.recall - b.recall))
    console.log(
      `frontier ${[p.threshold, p.general, p.context].map((b) => b.toFixed(2)).join("/")}: recall ${p.recall.toFixed(3)} precision ${p.precision.toFixed(3)}`,
    );
} else {
  // First the bar for names and list items with every general field passing (as before the
  // general bar existed), then the general fields' bar at that threshold (0 = all pass).
  for (let t = 0.2; t <= 0.8001; t += 0.025) {
    const s = at(t, 0);
    console.log(
      `CV threshold ${t.toFixed(3)}: recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)}`,
    );
    if (t <= maxThreshold && f1(s) > f1(chosen)) chosen = { threshold: t, general: 0, context: 0, ...s };
  }
  for (let g = 0.05; g <= 0.8001; g += 0.025) {
    const s = at(chosen.threshold, g);
    if (f1(s) > f1(chosen)) chosen = { ...chosen, general: g, ...s };
  }
  // Then the bar for names read with context on lines with layout (0 = all pass, as before it existed).
  for (let x = 0.05; x <= 0.8001; x += 0.025) {
    const s = at(chosen.threshold, chosen.general, x);
    if (f1(s) > f1(chosen)) chosen = { ...chosen, context: x, ...s };
  }
}
console.log(
  `chosen threshold ${chosen.threshold.toFixed(3)}, general-field bar ${chosen.general.toFixed(3)}, context bar ${chosen.context.toFixed(3)}: CV recall ${chosen.recall.toFixed(3)} precision ${chosen.precision.toFixed(3)}`,
);
// The list judge, stacked on the filter at its bars (scripts/skill-list-judge.ts): with
// --judge-only, the committed filter and bars stay and only the judge is (re)built.
const bars = values["judge-only"] && shipped ? { ...chosen, ...shipped } : chosen;
const filterKeeps = (r: Read, i: number) => {
  const c = r.candidates[i]!;
  const bar = c.kept ? VETO : c.general ? bars.general : c.context ? bars.context : bars.threshold;
  return c.always || probs.get(r)![i]! >= bar;
};
const writtenFilter = values["judge-only"] && shipped ? BinaryLogistic.unpack(shipped.model) : finalModel;
const judge = await stackedJudge({
  reads,
  fold: (r) => foldOf(r.id),
  folds,
  filterProbability: (r, i) => probs.get(r)![i]!,
  filterKeeps,
  scoreWith: (keep) => atFast(bars.threshold, bars.general, bars.context, keep),
  maxRecallLoss: Number(values["judge-recall-loss"]),
  filterOf: (t, c) => probability(writtenFilter, candidateFeatures(t, c)),
});
if (values.write) {
  const model = finalModel.pack();
  const threshold = Math.round(chosen.threshold * 1000) / 1000;
  const general = Math.round(chosen.general * 1000) / 1000;
  const context = Math.round(chosen.context * 1000) / 1000;
  const file: FilterModelJSON =
    values["judge-only"] && shipped
      ? { ...shipped, judge }
      : { threshold, veto: VETO, general, context, model, judge };
  writeFileSync(FILTER_MODEL_PATH, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${FILTER_MODEL_PATH} (${finalModel.size} features)`);
}
